"""A generated corpus of hostile inputs over import, import-review, vocab, set, export, flowchart and verify.

Every case is made here (no binary file is committed) and must end with exit 0, 1 or 2, no traceback, within
10 s and 300 MB, and, whenever the command refused, with the workspace's folder unchanged (sha256 of every
file). `expect` names the exit codes the case may end with.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile import (
    HEADER,
    ITEMS,
    copy_workspace,
    export_base,
    feedback_rows,
    folder_state,
    list_rows,
    make_base,
    patch_bytes,
    row_xml,
    run_qlist,
    write_xls,
    write_xlsx,
)

GBK = os.fsdecode("清单".encode("gbk"))  # how Python shows a GBK name from a Windows stick: lone surrogates
CODE = "650200001CF00100"


@dataclass
class Ctx:
    """One case's folders: the workspace alone in `ws.parent`, its inputs in `inputs`."""

    ws: Path
    inputs: Path
    bundle_id: str
    bundle: Path

    def file(self, name: str) -> Path:
        return self.inputs / name


Build = Callable[[Ctx], list[str | Path]]


@dataclass(frozen=True)
class Case:
    id: str
    build: Build
    expect: frozenset[int]
    base: str = "plain"  # "plain": two items; "exported": after a first submission (import-review, verify)


CASES: list[Case] = []


def case(id: str, expect: set[int] | int, base: str = "plain") -> Callable[[Build], Build]:
    def register(build: Build) -> Build:
        CASES.append(Case(id, build, frozenset({expect} if isinstance(expect, int) else expect), base))
        return build

    return register


def sql(ws: Path, statement: str, *params: object) -> None:
    with closing(sqlite3.connect(ws)) as db, db:
        db.execute(statement, params)


def with_code(ctx: Ctx) -> str:
    first = min(r[0] for r in _rows(ctx.ws, "SELECT id FROM item"))
    sql(ctx.ws, "UPDATE item SET code = ? WHERE id = ?", CODE, first)
    return CODE


def _rows(ws: Path, statement: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(ws)) as db:
        return db.execute(statement).fetchall()


def xlsx(ctx: Ctx, name: str, rows: str | bytes = "", **kwargs: object) -> Path:
    return write_xlsx(ctx.file(name), rows or list_rows(), **kwargs)  # type: ignore[arg-type]


def item_with(remarks: str) -> list[list[str]]:
    return [[*ITEMS[0][:7], remarks], ITEMS[1]]


# -- import: sizes, rows, columns, merges, shared strings ---------------------------------------------------


def _import_cases() -> None:
    rows_far = {
        "row_two_billion": 2_000_000_000, "row_past_excel": 1_048_577, "text_row_300000": 300_000,
    }
    for name, r in rows_far.items():
        case(f"import-{name}", 2)(lambda c, r=r: ["import", c.ws, xlsx(c, "远.xlsx", list_rows() + row_xml(r, ["x"]))])
    case("import-text_column_300", 2)(
        lambda c: ["import", c.ws, xlsx(c, "宽.xlsx", list_rows() + row_xml(5, ["x"], start_col=300))])
    case("import-column_past_xfd", 2)(
        lambda c: ["import", c.ws, xlsx(c, "列.xlsx", list_rows() + '<row r="5"><c r="AAAA5"><v>1</v></c></row>')])
    case("import-sixty_merges_under_old_cap", 0)(lambda c: ["import", c.ws, xlsx(
        c, "合并.xlsx", merges=[f"{chr(66 + n % 20)}{3 + n}:{chr(66 + n % 20)}{3 + n + 199_979}" for n in range(60)])])
    case("import-merge_whole_sheet", 0)(lambda c: ["import", c.ws, xlsx(c, "全表合并.xlsx", merges=["A4:XFD1048576"])])
    case("import-merges_60001", 2)(
        lambda c: ["import", c.ws, xlsx(c, "多合并.xlsx", merges=[f"J{r}:K{r}" for r in range(1, 60_002)])])
    case("import-merges_cover_long_sheet", 2)(lambda c: ["import", c.ws, xlsx(
        c, "长合并.xlsx", list_rows() + row_xml(150_000, ["x"]), merges=[f"B3:Z{150_000 - n}" for n in range(30)])])
    case("import-shared_strings_600000", 2)(lambda c: ["import", c.ws, xlsx(
        c, "共享.xlsx", shared=iter([b"<si><t>x</t></si>" * 600_001]))])
    case("import-shared_string_index_out_of_range", 2)(lambda c: ["import", c.ws, xlsx(
        c, "索引.xlsx", list_rows() + '<row r="5"><c r="A5" t="s"><v>99</v></c></row>',
        shared=iter([b"<si><t>x</t></si>"]))])
    case("import-cells_without_positions", 0)(lambda c: ["import", c.ws, xlsx(c, "无位置.xlsx", list_rows().replace(
        ' r="A', ' data-r="A').replace(' r="B', ' data-r="B'))])
    case("import-inline_40000_chars", 2)(
        lambda c: ["import", c.ws, xlsx(c, "超长.xlsx", list_rows(item_with("超" * 40_000)))])
    for n, (label, text) in enumerate({
        "escape_controls": "a_x0001_b_x001F_c", "escape_nul": "a_x0000_b", "escape_pair": "_xD83D__xDE00_",
        "escape_lone_surrogate": "_xD800_ 孤",
    }.items()):
        case(f"import-{label}", 0)(
            lambda c, t=text, n=n: ["import", c.ws, xlsx(c, f"转义{n}.xlsx", list_rows(item_with(t)))])
    case("import-formula_without_value", 0)(lambda c: ["import", c.ws, xlsx(
        c, "公式.xlsx", row_xml(1, HEADER) + row_xml(2, ITEMS[0][:7]).removesuffix("</row>")
        + '<c r="H2"><f>NOW()</f></c></row>')])
    for label, r in {"row_not_a_number": "abc", "row_huge_float": "1e300"}.items():
        case(f"import-{label}", 2)(lambda c, r=r: ["import", c.ws, xlsx(
            c, "行号.xlsx", list_rows() + f'<row r="{r}"><c t="inlineStr"><is><t>x</t></is></c></row>')])
    case("import-header_only", 2)(lambda c: ["import", c.ws, xlsx(c, "表头.xlsx", row_xml(1, HEADER))])
def _damaged_cases() -> None:
    case("import-bad_xml", 2)(lambda c: ["import", c.ws, xlsx(c, "坏.xlsx", "<row r='1'><c r='A1'><v>1</c>")])
    case("import-billion_laughs", 2)(lambda c: ["import", c.ws, xlsx(
        c, "笑.xlsx", "<row r='1'><c r='A1' t='inlineStr'><is><t>&l9;</t></is></c></row>",
        sheet_extra='<!DOCTYPE w [<!ENTITY l0 "ha">' + "".join(
            f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10)) + "]>")])
    case("import-external_entity", 2)(lambda c: ["import", c.ws, xlsx(
        c, "外部.xlsx", "<row r='1'><c r='A1' t='inlineStr'><is><t>&x;</t></is></c></row>",
        sheet_extra='<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>')])
    for cut in (10, 50, 90):
        def truncated(c: Ctx, cut: int = cut) -> list[str | Path]:
            path = xlsx(c, "截断.xlsx")
            data = path.read_bytes()
            path.write_bytes(data[: len(data) * cut // 100])
            return ["import", c.ws, path]
        case(f"import-truncated_{cut}pct", 2)(truncated)
    for seed in (1, 2):
        def flipped(c: Ctx, seed: int = seed) -> list[str | Path]:
            path = xlsx(c, "翻转.xlsx")
            data = bytearray(path.read_bytes())
            rng = random.Random(seed)
            for _ in range(20):
                data[rng.randrange(30, len(data) - 30)] ^= 1 << rng.randrange(8)
            path.write_bytes(bytes(data))
            return ["import", c.ws, path]
        case(f"import-bit_flips_{seed}", {0, 2})(flipped)

    def write(name: str, data: bytes) -> Build:
        def build(c: Ctx) -> list[str | Path]:
            c.file(name).write_bytes(data)
            return ["import", c.ws, c.file(name)]
        return build

    case("import-empty_file", 2)(write("空.xlsx", b""))
    case("import-text_file", 2)(write("文本.xlsx", "事项名称,权力类型\n".encode()))
    case("import-pdf", 2)(write("清单.xls", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n"))
    case("import-html_as_xls", 2)(write("网页.xls", "<html><table><tr><td>事项名称</td></tr></table></html>".encode()))
    case("import-encrypted_ole2", 2)(write(
        "加密.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le")))
    case("import-ole2_garbage", 2)(write("坏.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8))

    def docx(c: Ctx) -> list[str | Path]:
        with zipfile.ZipFile(c.file("文档.xlsx"), "w") as z:
            z.writestr("word/document.xml", "<w/>")
        return ["import", c.ws, c.file("文档.xlsx")]
    case("import-docx", 2)(docx)

    def bomb(c: Ctx) -> list[str | Path]:
        path = c.file("炸弹.xlsx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("xl/workbook.xml", "<workbook/>")
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
                for _ in range(210):
                    member.write(b"\0" * (1 << 20))
        return ["import", c.ws, path]
    case("import-zip_bomb", 2)(bomb)

    def folder(c: Ctx) -> list[str | Path]:
        c.file("文件夹.xlsx").mkdir()
        return ["import", c.ws, c.file("文件夹.xlsx")]
    case("import-directory", 2)(folder)
def _xls_cases() -> None:
    def xls(name: str, remarks: str, patch: tuple[bytes, bytes] | None = None) -> Build:
        def build(c: Ctx) -> list[str | Path]:
            path = write_xls(c.file(name), [HEADER, *item_with(remarks)])
            if patch:
                patch_bytes(path, *patch)
            return ["import", c.ws, path]
        return build

    case("import-xls_nul", 0)(xls("空字符.xls", "a\x00b"))
    case("import-xls_controls", 0)(xls("控制.xls", "".join(chr(n) for n in range(1, 32)) + "完"))
    case("import-xls_lone_surrogate", 0)(xls("代理.xls", "坏䶵字", ("䶵".encode("utf-16-le"), b"\x00\xd8")))
    case("import-xls_gbk_name", 0)(xls(f"{GBK}.xls", "备注"))

    def damaged(c: Ctx) -> list[str | Path]:
        path = write_xls(c.file("截断.xls"), [HEADER, *ITEMS])
        path.write_bytes(path.read_bytes()[:3000])
        return ["import", c.ws, path]
    case("import-xls_truncated", 2)(damaged)
    case("import-xlsx_gbk_name", 0)(lambda c: ["import", c.ws, xlsx(c, f"{GBK}.xlsx")])
    case("import-dry_run_escapes", 0)(
        lambda c: ["import", c.ws, xlsx(c, "转义.xlsx", list_rows(item_with("_x0007_"))), "--dry-run", "--json"])
    case("import-catalog_huge_merges", 0)(
        lambda c: ["import", c.ws, xlsx(c, "目录.xlsx", merges=["A4:XFD1048576"]), "--as-catalog"])
    case("import-catalog_gbk_name", 0)(lambda c: ["import", c.ws, xlsx(c, f"{GBK}目录.xlsx"), "--as-catalog"])
# -- workspaces that are not what they claim -----------------------------------------------------------------


def _workspace_cases() -> None:
    def read_only(c: Ctx) -> list[str | Path]:
        c.ws.chmod(0o444)
        return ["import", c.ws, xlsx(c, "新.xlsx")]
    case("workspace-read_only_import", 2)(read_only)

    def schema(version: str, command: str) -> Build:
        def build(c: Ctx) -> list[str | Path]:
            sql(c.ws, "UPDATE alembic_version SET version_num = ?", version)
            return [command, c.ws] + (["x", "remarks=1"] if command == "set" else [])
        return build
    for version in ("zzzz", "0001x"):
        case(f"workspace-schema_{version}_set", 2)(schema(version, "set"))
    case("workspace-schema_9999_list", 2)(schema("9999", "list"))

    def damage(how: str) -> Build:
        def build(c: Ctx) -> list[str | Path]:
            data = c.ws.read_bytes()
            if how == "truncated":
                c.ws.write_bytes(data[:50])
            elif how == "zeroed_header":
                c.ws.write_bytes(b"\0" * 100 + data[100:])
            elif how == "foreign":
                c.ws.unlink()
                with closing(sqlite3.connect(c.ws)) as db:
                    db.execute("CREATE TABLE t (x)")
            elif how == "directory":
                c.ws.unlink()
                c.ws.mkdir()
            return ["set", c.ws, "x", "remarks=1"]
        return build
    for how in ("truncated", "zeroed_header", "foreign", "directory"):
        case(f"workspace-{how}", 2)(damage(how))
    case("workspace-gbk_name_missing", 2)(lambda c: ["stats", c.ws.with_name(f"{GBK}.qlist")])


# -- set: text typed on the command line ---------------------------------------------------------------------


def _set_cases() -> None:
    values = {
        "remarks_controls": ("remarks=a\x01b\x1bc\x7f", 0), "name_nul": ("name=名\x00称", 0),
        "code_bell": ("code=650200001\x07CF00100", 2), "days_nul": ("promised_time_limit=1\x002", 2),
        "lone_surrogate": ("remarks=坏\udcc7字", 0),
        "bases_deep_json": ("bases=" + "[" * 50_000 + "]" * 50_000, 2),
        "category_unknown": ("category=行政\x01许可证", 2), "bool_garbage": ("is_public=\x00", 2),
    }
    for label, (assignment, code) in values.items():
        case(f"set-{label}", code)(lambda c, a=assignment: ["set", c.ws, with_code(c), a])
# -- vocab --load --------------------------------------------------------------------------------------------


def _vocab_cases() -> None:
    def load(name: str, text: str | bytes | None) -> Build:
        def build(c: Ctx) -> list[str | Path]:
            path = c.file(name)
            if isinstance(text, bytes):
                path.write_bytes(text)
            elif text is not None:
                path.write_text(text, encoding="utf-8")
            return ["vocab", c.ws, "--load", path]
        return build

    shipped = json.loads((Path(__file__).parent.parent / "resources" / "vocabularies.json").read_text("utf-8"))
    controlled = json.dumps(shipped, ensure_ascii=False).replace("行政许可", "行政\\u0001许可")
    nul_code = json.dumps(shipped, ensure_ascii=False).replace('"XK"', '"X\\u0000"')
    for label, text, code in (
        ("deep_100000", "[" * 100_000 + "]" * 100_000, 2),
        ("huge", '{"x": "' + "长" * 2_100_000 + '"}', 2), ("not_json", "不是 JSON", 2),
        ("invalid_utf8", b'{"category": "\xff\xfe"}', 2),
        ("label_control", controlled, 0), ("code_nul", nul_code, 2),
        ("wrong_types", '{"category": [{"code": 1, "label": null}]}', 2),
        ("bom", "\ufeff" + json.dumps(shipped, ensure_ascii=False), 0),
    ):
        case(f"vocab-{label}", code)(load(f"词表_{label}.json", text))
    case("vocab-endless_device", 2)(lambda c: ["vocab", c.ws, "--load", "/dev/zero"])
    case("vocab-export_to_missing_folder", 2)(lambda c: ["vocab", c.ws, "--export", c.file("无/词表.json")])


# -- export, flowchart, list and show ------------------------------------------------------------------------


def _output_cases() -> None:
    def stored_raw(c: Ctx) -> list[str | Path]:
        sql(c.ws, "UPDATE item SET remarks = ?, name = ?", "旧版本\x01存入\x0b", "名称\x1f")  # as an older version did
        out = c.file("u盘")
        out.mkdir()
        return ["export", c.ws, out, "--include-drafts", "--override-reason", "测试", "--quiet"]
    case("export-old_control_characters", 0)(stored_raw)

    def read_only(command: list[str]) -> Build:
        def build(c: Ctx) -> list[str | Path]:
            c.ws.chmod(0o444)
            return [command[0], c.ws, *[a.replace("{in}", str(c.inputs)) for a in command[1:]]]
        return build
    case("export-read_only_workspace", 2)(read_only(["export", "{in}", "--include-drafts", "--quiet"]))
    case("flowchart-read_only_all", 0)(read_only(["flowchart", "--all", "{in}/图"]))
    case("list-read_only", 0)(read_only(["list"]))
    case("flowchart-missing_item", 2)(lambda c: ["flowchart", c.ws, "无", "-o", c.file("a.pdf")])
    case("flowchart-no_chart", 2)(lambda c: ["flowchart", c.ws, with_code(c), "-o", c.file("a.pdf")])

    def raw_list(c: Ctx) -> list[str | Path]:
        sql(c.ws, "UPDATE item SET name = ?", "名\x1b[2J称\x07")
        return ["list", c.ws]
    case("list-raw_control_characters", 0)(raw_list)

    def raw_show(c: Ctx) -> list[str | Path]:
        sql(c.ws, "UPDATE item SET remarks = ?", "备\x1b]0;标题\x07注")
        return ["show", c.ws, with_code(c)]
    case("show-raw_control_characters", 0)(raw_show)
    case("show-gbk_code", 2)(lambda c: ["show", c.ws, GBK])


# -- import-review -------------------------------------------------------------------------------------------


def _review_cases() -> None:
    def sheet(name: str, merges: tuple[str, ...] = (), comment: str = "请补充", flags: tuple[str, ...] = ()) -> Build:
        def build(c: Ctx) -> list[str | Path]:
            path = xlsx(c, name, feedback_rows(c.bundle_id, comment), merges=list(merges))
            return ["import-review", c.ws, path, *flags]
        return build

    case("review-merge_A3_Z500000", 0, "exported")(sheet("反馈1.xlsx", ("A3:Z500000",)))
    case("review-merge_A3_ZZ1000000", 0, "exported")(sheet("反馈2.xlsx", ("A3:ZZ1000000",), flags=("--dry-run",)))
    case("review-gbk_name", 0, "exported")(sheet(f"{GBK}.xlsx"))
    case("review-escapes_in_comment", 0, "exported")(sheet("反馈3.xlsx", comment="意见_x0001__x000A_第二行"))
    case("review-a_list_not_a_sheet", 2, "exported")(lambda c: ["import-review", c.ws, xlsx(c, "清单.xlsx")])
    case("review-unknown_bundle", 2, "exported")(lambda c: ["import-review", c.ws, write_xlsx(
        c.file("他人.xlsx"), feedback_rows("QL-999-20260101000000-R1-abcdef"))])
    case("review-row_two_billion", 2, "exported")(lambda c: ["import-review", c.ws, write_xlsx(
        c.file("远.xlsx"), feedback_rows(c.bundle_id) + row_xml(2_000_000_000, ["x"]))])

    def dry_run_read_only(c: Ctx) -> list[str | Path]:
        c.ws.chmod(0o444)
        return ["import-review", c.ws, write_xlsx(c.file("反馈.xlsx"), feedback_rows(c.bundle_id)), "--dry-run"]
    case("review-dry_run_read_only", 0, "exported")(dry_run_read_only)

    def broken(c: Ctx) -> list[str | Path]:
        c.file("坏.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(300))
        return ["import-review", c.ws, c.file("坏.xlsx")]
    case("review-broken_zip", 2, "exported")(broken)


# -- verify: tampered bundles --------------------------------------------------------------------------------


def _verify_cases() -> None:
    def tamper(how: Callable[[Path], object], expect: set[int] | int = 1, name: str = "") -> None:
        def build(c: Ctx) -> list[str | Path]:
            how(c.bundle)
            return ["verify", c.bundle]
        case(f"verify-{name}", expect, "exported")(build)

    sums = "SHA256SUMS"
    tamper(lambda b: None, 0, "intact")
    tamper(lambda b: (b / "manifest.json").write_text("[" * 100_000 + "]" * 100_000), name="manifest_deep")
    tamper(lambda b: (b / "manifest.json").write_text("不是 JSON"), name="manifest_not_json")
    tamper(lambda b: (b / "manifest.json").write_bytes(b"\xff\xfe\x00"), name="manifest_not_utf8")
    tamper(lambda b: (b / sums).write_bytes((b / sums).read_bytes() + b"garbage line\n"), name="sums_garbage")
    tamper(lambda b: (b / sums).write_bytes(b"\xff\xfe\xfa\n"), name="sums_not_utf8")
    tamper(lambda b: (b / sums).write_text("0" * 64 + "  ../../../etc/passwd\n" + (b / sums).read_text("utf-8"),
                                           encoding="utf-8"), name="sums_path_traversal")
    tamper(lambda b: (b / sums).write_text("0" * 64 + "  /etc/passwd\n", encoding="utf-8"), name="sums_absolute")
    tamper(lambda b: (b / "多余.txt").write_text("x"), name="extra_file")
    tamper(lambda b: (b / "data.json").write_text("{}"), name="changed_file")
    tamper(lambda b: (b / "链接").symlink_to("/etc/passwd"), name="symlink")

    case("verify-missing_bundle", 1, "exported")(lambda c: ["verify", c.file(f"{GBK}无")])


for register in (_import_cases, _damaged_cases, _xls_cases, _workspace_cases, _set_cases, _vocab_cases,
                 _output_cases, _review_cases, _verify_cases):
    register()


# -- running the corpus --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str, Path]]:
    plain = make_base(tmp_path_factory.mktemp("plain"))
    folder = tmp_path_factory.mktemp("exported")
    exported = make_base(folder)
    bundle = export_base(exported, folder / "out")
    bundle_id = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))["bundle_id"]
    return {"plain": (plain, "", bundle), "exported": (exported, bundle_id, bundle)}  # plain cases need no bundle


def test_the_corpus_is_large_enough() -> None:
    commands = {c.id.split("-")[0] for c in CASES}
    assert len(CASES) >= 80
    assert {"import", "review", "vocab", "set", "export", "flowchart", "verify"} <= commands
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_case(case: Case, bases: dict[str, tuple[Path, str, Path]], tmp_path: Path) -> None:
    source, bundle_id, bundle = bases[case.base]
    ws = copy_workspace(source, tmp_path / "ws")
    inputs = tmp_path / "in"
    inputs.mkdir()
    copy = inputs / "bundle"
    if case.id.startswith("verify-"):
        shutil.copytree(bundle, copy, symlinks=True)
    ctx = Ctx(ws, inputs, bundle_id, copy)
    try:
        args = case.build(ctx)
        before = folder_state(ws.parent) if ws.parent.is_dir() else {}
        result = run_qlist(*args)
        result.check()
        assert result.code in case.expect, f"exit {result.code}: {result.out[-500:]} {result.err[-1500:]}"
        if result.code != 0 and ws.parent.is_dir():
            assert folder_state(ws.parent) == before, "the workspace changed although the command refused"
        assert "\x1b" not in result.out and "\x07" not in result.out
    finally:
        if ws.exists() and not ws.is_dir():
            ws.chmod(0o644)
