"""Hostile inputs made in the tests, and a runner that measures one `qlist` command's time and memory.

Workbooks are written by hand (a few lines of OOXML, or xlwt for .xls) so a case costs kilobytes on disk
however large it claims to be. `run_qlist` runs `qlist` in a child forked from a warm runner process (a
fresh interpreter with the commands' modules loaded), which reports its peak resident memory (Linux
`VmHWM`); `run_qlist_process` starts a fresh interpreter per run and reads its peak RSS from `wait4`.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = ["序号", "事项编码", "事项名称", "子项名称", "权力类型", "实施依据", "承办机构", "备注"]
ITEMS = [
    ["1", "", "对违反某条例行为的行政处罚", "", "行政处罚", "【法律】《中华人民共和国某法》第一条", "执法科", ""],
    ["2", "", "某事项的行政检查", "", "行政检查", "【法律】《中华人民共和国某法》第二条", "监管科", ""],
]
LIMIT_SECONDS = 10.0
LIMIT_MB = 300.0


def col_letter(index: int) -> str:
    """Column letters of a 0-based index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def row_xml(r: int, values: Sequence[str], *, start_col: int = 0) -> str:
    cells = "".join(
        f'<c r="{col_letter(start_col + i)}{r}" t="inlineStr"><is><t xml:space="preserve">{_xml_escape(v)}</t></is></c>'
        for i, v in enumerate(values)
        if v
    )
    return f'<row r="{r}">{cells}</row>'


def list_rows(items: Sequence[Sequence[str]] = ITEMS, first: int = 1) -> str:
    return "".join(row_xml(first + n, values) for n, values in enumerate([HEADER, *items]))


def write_xlsx(
    path: Path,
    rows: str | bytes = "",
    *,
    merges: Iterable[str] = (),
    shared: Iterable[bytes] | None = None,
    sheet_name: str = "行政处罚",
    sheet_extra: str = "",
    sheets: int = 1,
) -> Path:
    """A minimal workbook: `rows` is the sheetData XML; `shared` the `<si>` elements of a shared string table."""
    merge_xml = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    body = rows.encode() if isinstance(rows, str) else rows
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?>{sheet_extra}<worksheet xmlns="{MAIN}"><sheetData>'.encode()
        + body
        + b"</sheetData>"
        + (f'<mergeCells count="{len(list(merges))}">{merge_xml}</mergeCells>'.encode() if merge_xml else b"")
        + b"</worksheet>"
    )
    names = [sheet_name] + [f"{sheet_name}{n}" for n in range(2, sheets + 1)]
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/>'
        for n in range(1, sheets + 1)
    )
    if shared is not None:
        overrides += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.spreadsheetml.sharedStrings+xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            f'spreadsheetml.sheet.main+xml"/>{overrides}</Types>'))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"))
        sheet_entries = "".join(
            f'<sheet name="{_xml_escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1)
        )
        z.writestr("xl/workbook.xml", (
            f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{sheet_entries}</sheets>'
            "</workbook>"))
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, sheets + 1)
        )
        if shared is not None:
            rels += f'<Relationship Id="rId{sheets + 1}" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{rels}</Relationships>'))
        for n in range(1, sheets + 1):
            z.writestr(f"xl/worksheets/sheet{n}.xml", sheet)
        if shared is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
                member.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
                for chunk in shared:
                    member.write(chunk)
                member.write(b"</sst>")
    return path


def write_xls(path: Path, rows: Sequence[Sequence[str]], sheet_name: str = "行政处罚") -> Path:
    """A real BIFF8 .xls written by xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet(sheet_name)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def patch_bytes(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert data.count(old) == 1, f"marker {old!r} found {data.count(old)} times"
    path.write_bytes(data.replace(old, new))


# -- running qlist --------------------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float  # peak resident memory of the command, as a fresh process would have it

    def check(self) -> None:
        """What every hostile case must hold: a truthful exit code, no traceback, bounded time and memory."""
        assert self.code in (0, 1, 2), f"exit {self.code}: {self.err[-2000:]}"
        assert "Traceback" not in self.err and "Traceback" not in self.out, self.err[-3000:]
        assert self.seconds <= LIMIT_SECONDS, f"{self.seconds:.1f} s"
        assert self.peak_mb <= LIMIT_MB, f"{self.peak_mb:.0f} MB"


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class _Runner:
    """A fresh interpreter that has imported what the commands use and forks one child per `qlist` run.

    Forking the test process itself would charge each case for pages of pytest and Qt the child faults in;
    a child of this runner starts where a fresh `qlist` process would (the runner's own modules included).
    """

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        atexit.register(self.stop)

    def run(self, request: dict[str, object]) -> dict[str, float]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def stop(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None and self.proc.stdout is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
            self.proc.stdout.close()


_runner: _Runner | None = None


def run_qlist(*args: str | Path, stdout_closed: bool = False, timeout: int = 40) -> Run:
    """`qlist ARGS` in a child of the runner: exit code, output, wall time and peak resident memory."""
    global _runner
    if _runner is None:
        _runner = _Runner()
    with tempfile.TemporaryDirectory() as tmp:
        request = {
            "argv": [os.fsdecode(a) if isinstance(a, Path) else a for a in args],
            "out": f"{tmp}/out", "err": f"{tmp}/err", "stdout_closed": stdout_closed, "timeout": timeout,
            "env": {k: v for k, v in os.environ.items() if k.startswith("QLIST_")},
        }
        reply = _runner.run(request)
        out, err = Path(tmp, "out"), Path(tmp, "err")
        return Run(int(reply["code"]), out.read_bytes().decode("utf-8", "replace") if out.exists() else "",
                   err.read_bytes().decode("utf-8", "replace"), reply["seconds"], reply["peak_kb"] / 1024)


def _serve() -> None:
    """The runner's loop: one JSON request per line on stdin, one JSON reply per line on stdout."""
    import signal

    import qlist_desktop.cli.main
    import qlist_desktop.export.bundle
    import qlist_desktop.importing
    import qlist_desktop.services.reviews  # loaded once, before any fork

    qlist_desktop.cli.main.build_parser()
    for line in sys.stdin:
        request = json.loads(line)
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            code = 99
            try:
                signal.alarm(request["timeout"])
                os.environ.update(request["env"])
                if request["stdout_closed"]:
                    read_end, write_end = os.pipe()
                    os.close(read_end)
                    os.dup2(write_end, 1)
                else:
                    os.dup2(os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
                os.dup2(os.open(request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
                sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8")
                sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", line_buffering=True)
                Path("/proc/self/clear_refs").write_text("5")  # the peak starts from the runner's size
                code = qlist_desktop.cli.main.main(request["argv"])
                try:
                    sys.stdout.flush()
                except BrokenPipeError:
                    code = 98  # the command itself must have handled a closed pipe
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                sys.stderr.flush()
                Path(request["err"] + ".peak").write_text(str(_status_kb("VmHWM")))
                os._exit(code)
        _pid, status, _usage = os.wait4(pid, 0)
        seconds = time.monotonic() - start
        peak_file = Path(request["err"] + ".peak")
        peak = int(peak_file.read_text()) if peak_file.exists() else 0
        reply = {"code": os.waitstatus_to_exitcode(status), "seconds": seconds, "peak_kb": peak}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


_REPORT_PEAK = (
    "import atexit, os, sys\n"
    "def peak():\n"
    "    line = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
    "    open(os.environ['HOSTILE_PEAK_FILE'], 'w').write(line.split()[1])\n"
    "atexit.register(peak)\n"
    "from qlist_desktop.cli.main import main\n"
    "sys.exit(main())\n"
)


def run_qlist_process(*args: str | Path | bytes, timeout: float = 60) -> Run:
    """`qlist ARGS` as a fresh interpreter (arguments may be raw bytes), which reports its own peak RSS.

    The peak is read inside the process after exec (`VmHWM` starts afresh there): `wait4`'s `ru_maxrss`
    would also count the pytest process the child was forked from.
    """
    argv = [sys.executable, "-c", _REPORT_PEAK, *[a if isinstance(a, bytes) else os.fsencode(a) for a in args]]
    with tempfile.TemporaryDirectory() as tmp:
        out, err, peak = Path(tmp, "out"), Path(tmp, "err"), Path(tmp, "peak")
        start = time.monotonic()
        with open(out, "wb") as out_f, open(err, "wb") as err_f:
            proc = subprocess.Popen(argv, stdout=out_f, stderr=err_f, env=os.environ | {"HOSTILE_PEAK_FILE": str(peak)})
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        seconds = time.monotonic() - start
        peak_kb = int(peak.read_text()) if peak.exists() else 0
        return Run(proc.returncode, out.read_bytes().decode("utf-8", "replace"),
                   err.read_bytes().decode("utf-8", "replace"), seconds, peak_kb / 1024)


# -- workspaces --------------------------------------------------------------------------------------------


def folder_state(folder: Path) -> dict[str, str]:
    """sha256 of every file in a workspace's folder (SQLite's shared-memory index aside)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm")
    }


def copy_workspace(source: Path, folder: Path, name: str = "ws.qlist") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target


def make_base(folder: Path) -> Path:
    """A workspace with the two items of `ITEMS`, imported from a generated workbook."""
    folder.mkdir(parents=True, exist_ok=True)
    ws = folder / "base.qlist"
    run_qlist("init", ws, "--department", "测试县市场监督管理局", "--region", "650200", "--code", "001").check()
    source = write_xlsx(folder / "清单.xlsx", list_rows())
    result = run_qlist("import", ws, source)
    assert result.code == 0, result.err
    return ws


def export_base(ws: Path, out: Path) -> Path:
    """Export `ws` (its validation findings overridden) and return the bundle folder."""
    out.mkdir(parents=True, exist_ok=True)
    result = run_qlist("export", ws, out, "--include-drafts", "--override-reason", "测试", "--quiet")
    assert result.code == 0, result.err
    return Path(result.out.strip().splitlines()[-1])


def feedback_rows(bundle_id: str, comment: str = "请补充依据") -> str:
    """The sheetData of a returned 审核意见反馈表 answering both items of `ITEMS`."""
    rows = [row_xml(1, [f"审核意见反馈表 报送批次编号：{bundle_id}"]),
            row_xml(2, ["序号", "职权编码", "职权名称", "子项名称", "审核结论", "审核意见"])]
    for n, item in enumerate(ITEMS, start=1):
        rows.append(row_xml(2 + n, [str(n), "", item[2], "", "调整", comment]))
    return "".join(rows)


if __name__ == "__main__" and sys.argv[1:] == ["--serve"]:
    _serve()
