"""Benchmark: import the real Karamay workbooks, repeated to the size of the 22 published lists (≈ 3,000 items).

Each round imports all eight fixture workbooks in one call into a fresh workspace (made before the clock
starts). The baseline, run in the same process on the same files, is the simplest importer there is:
openpyxl (read-only) or xlrd by the file's first bytes, every cell's text copied into one SQLite table in one
transaction, nothing matched or parsed.

Run: .venv/bin/python bench/bench_import_karamay.py [ROUNDS]   — prints both times, their ratio and peak RSS.
Targets: ours ≤ 0.7 × the baseline; peak RSS ≤ 70 MB.
"""

from __future__ import annotations

import gc
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
import xlrd

from qlist_desktop.domain.items import Department
from qlist_desktop.services.imports import apply_plan, plan_import
from qlist_desktop.services.items import count_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "karamay"
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


def baseline_database(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE cell (file TEXT, sheet TEXT, row INTEGER, col INTEGER, text TEXT)")
    conn.close()


def baseline_import(paths: list[Path], db: Path) -> int:
    """Copy every cell's text into SQLite: the floor any importer of these files stands on."""
    conn = sqlite3.connect(db)
    count = 0
    with conn:
        for path in paths:
            rows: list[tuple[str, str, int, int, str]] = []
            if path.read_bytes()[:8] == OLE2:
                book = xlrd.open_workbook(str(path))
                for sheet in book.sheets():
                    for r in range(sheet.nrows):
                        for c, value in enumerate(sheet.row_values(r)):
                            if value not in ("", None):
                                rows.append((path.name, sheet.name, r, c, str(value)))
            else:
                wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
                for sheet in wb.worksheets:
                    for r, values in enumerate(sheet.iter_rows(values_only=True)):
                        for c, value in enumerate(values):
                            if value not in ("", None):
                                rows.append((path.name, sheet.title, r, c, str(value)))
                wb.close()
            conn.executemany("INSERT INTO cell VALUES (?, ?, ?, ?, ?)", rows)
            count += len(rows)
    conn.close()
    return count


def new_workspace(path: Path) -> None:
    with Workspace.create(path) as ws:
        initialise(ws, Department(name="克拉玛依市某局"))


def ours(paths: list[Path], workspace: Path) -> int:
    """`qlist import` without the process start: plan (read, parse, match), then apply in one transaction."""
    with Workspace.open(workspace) as ws:
        apply_plan(ws, plan_import(ws, paths))
        return count_items(ws)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 19
    paths = sorted(FIXTURES.glob("*.xls*"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(rounds + 1):  # the files are made before the clock starts, for both importers
            new_workspace(folder / f"round{n}.qlist")
            baseline_database(folder / f"base{n}.sqlite")
        ours(paths, folder / f"round{rounds}.qlist")  # modules and caches loaded once, as in a running app
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        items = sum(ours(paths, folder / f"round{n}.qlist") for n in range(rounds))
        ours_seconds, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        cells = sum(baseline_import(paths, folder / f"base{n}.sqlite") for n in range(rounds))
        base_seconds, base_cpu = time.perf_counter() - start, time.process_time() - cpu  # openpyxl warm after 1
        # Memory as the liaison meets it: one `qlist import` process with all eight workbooks.
        new_workspace(folder / "cli.qlist")
        child = ("import sys\nfrom qlist_desktop.cli.main import main\ncode = main(sys.argv[1:])\n"
                 "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0], file=sys.stderr)\n"
                 "sys.exit(code)")
        done = subprocess.run([sys.executable, "-c", child, "import", str(folder / "cli.qlist"), *map(str, paths)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(done.stderr)
        cli_peak = int(done.stderr.strip().splitlines()[-1]) / 1024  # VmHWM: ru_maxrss would count the fork's parent
    print(f"{rounds} rounds × {len(paths)} workbooks = {rounds * len(paths)} imports, {items} items")
    print(f"qlist import: {ours_seconds:.2f} s wall, {ours_cpu:.2f} s CPU "
          f"({ours_seconds / rounds * 1000:.0f} ms a round)")
    print(f"baseline (copy {cells} cells into SQLite): {base_seconds:.2f} s wall, {base_cpu:.2f} s CPU")
    print(f"ratio: {ours_seconds / base_seconds:.2f} wall, {ours_cpu / base_cpu:.2f} CPU (target ≤ 0.7)")
    print(f"peak RSS of one `qlist import` process with the {len(paths)} workbooks: {cli_peak:.0f} MiB (target ≤ 70)")


if __name__ == "__main__":
    main()
