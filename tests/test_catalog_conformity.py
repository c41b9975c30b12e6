"""三级四同: claimed items against their catalog entries, restoring them, and merging a new catalog version."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from conftest import FIXTURES
from helpers import run_cli

from qlist_desktop.domain.basis_text import parse_bases
from qlist_desktop.domain.items import LegalBasis, PowerItem
from qlist_desktop.export.conformity_sheets import unclaimed_workbook
from qlist_desktop.services.catalogs import list_entries
from qlist_desktop.services.items import audit_log, create_item, get_item, load_items, update_item
from qlist_desktop.storage.workspace import Workspace

CATALOG = FIXTURES / "国动办权责清单公示.xlsx"
HEADERS = ["序号", "事项名称", "子项名称", "权力类型", "实施依据", "行使主体", "承办机构"]
NEW_BASIS = "【地方性法规】《新疆维吾尔自治区人民防空工程建设管理办法》第八条"


def catalog_findings(capsys: pytest.CaptureFixture[str], ws: Path) -> list[dict[str, str]]:
    findings = json.loads(run_cli(capsys, "validate", ws, "--json")[1])["findings"]
    return [f for f in findings if f["rule"].startswith("catalog-")]


def basis_text(item: PowerItem) -> str:
    """The bases as a catalog cell writes them (a basis without a title runs straight into its text)."""
    return "\n".join(f"{b.citation()}\n{b.article_text}".strip() if b.title else b.citation() + b.article_text
                     for b in item.bases)


def write_version(path: Path, items: list[PowerItem]) -> Path:
    """A catalog workbook as an upper level publishes one: a title row, the header, one row per item."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["克拉玛依市国防动员办公室权责清单（2027年版）"])
    sheet.append(HEADERS)
    for n, item in enumerate(items, start=1):
        sheet.append([n, item.name, item.sub_name, item.category, basis_text(item), item.exercising_body,
                      item.handling_unit])
    book.save(path)
    return path


@pytest.fixture
def claimed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    ws = tmp_path / "国动办.qlist"
    assert run_cli(capsys, "init", ws, "--department", "克拉玛依市国动办", "--region", "650200")[0] == 0
    code, _, err = run_cli(capsys, "import", ws, CATALOG, "--as-catalog")
    assert code == 0, err
    return ws


def test_a_changed_item_deviates_and_restoring_clears_it(claimed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert catalog_findings(capsys, claimed) == []
    entries = json.loads(run_cli(capsys, "claim", claimed, "--json")[1])
    entry = next(e for e in entries if e["name"] == "拆除人民防空工程的审批")
    with Workspace.open(claimed) as ws:
        catalog_item = next(e.item for e in list_entries(ws) if e.id == entry["id"])
        item = get_item(ws, entry["item_id"])
        local_basis = LegalBasis(level="规范性文件", title="人防工程拆除管理办法", article="第三条")
        update_item(ws, item.key, {"name": "拆除人民防空工程审批", "category": "其他行政权力",
                                   "bases": [*item.bases[1:], local_basis]}, "test")
        # Local fields the catalog does not set for the department are never flagged.
        update_item(ws, item.key, {"handling_unit": "人防工程科", "handling_post": "审批岗"}, "test")
    found = catalog_findings(capsys, claimed)
    assert sorted(f["rule"] for f in found) == ["catalog-basis-differs", "catalog-category-differs",
                                                 "catalog-name-differs"]
    by_rule = {f["rule"]: f["message"] for f in found}
    assert "目录为“拆除人民防空工程的审批”" in by_rule["catalog-name-differs"]
    assert "目录为“行政许可”" in by_rule["catalog-category-differs"]
    assert f"缺少目录的依据《{catalog_item.bases[0].title}》" in by_rule["catalog-basis-differs"]
    assert "多出目录没有的依据《人防工程拆除管理办法》" in by_rule["catalog-basis-differs"]
    assert "不一致：事项名称、权力类型、实施依据" in run_cli(capsys, "claim", claimed)[1]

    code, out, _ = run_cli(capsys, "claim", claimed, str(entry["id"]), "--restore", "name")
    assert code == 0 and "【事项名称】" in out
    assert sorted(f["rule"] for f in catalog_findings(capsys, claimed)) == ["catalog-basis-differs",
                                                                            "catalog-category-differs"]
    code, out, _ = run_cli(capsys, "claim", claimed, str(entry["id"]), "--restore")
    assert code == 0 and "【权力类型、实施依据】" in out
    assert catalog_findings(capsys, claimed) == []
    with Workspace.open(claimed) as ws:
        restored = get_item(ws, item.key)
        audited = [(a.field, a.source) for a in audit_log(ws, item.key) if a.source == "cli"]
    assert restored.bases == catalog_item.bases and restored.handling_unit == "人防工程科"
    assert sorted(audited) == [("bases", "cli"), ("category", "cli"), ("name", "cli")]
    code, _, err = run_cli(capsys, "claim", claimed, str(entry["id"]), "--restore", "colour")
    assert code == 2 and "不是可恢复的项目" in err


def next_version(ws: Workspace, folder: Path) -> tuple[Path, dict[str, list[str]]]:
    """The catalog's next version, made from the current one: 2 entries removed, 3 added, 4 changed."""
    items = [e.item for e in list_entries(ws)]
    removed = [items[1].full_name, items[16].full_name]
    kept = [i for n, i in enumerate(items) if n not in (1, 16)]
    changed = []
    for item in kept[0:2]:  # re-typed upstream
        item.category = "其他行政权力"
        changed.append(item.full_name)
    for item in kept[5:7]:  # a basis added upstream
        item.bases = [*item.bases, *parse_bases(NEW_BASIS)]
        changed.append(item.full_name)
    body = "克拉玛依市国防动员办公室"
    added = [PowerItem(name=name, category=category, bases=parse_bases(NEW_BASIS), exercising_body=body)
             for name, category in (("人民防空工程建设许可", "行政许可"), ("对人防工程使用情况的监督检查", "行政检查"),
                                    ("对擅自改变人防工程用途的处罚", "行政处罚"))]
    folder.mkdir()
    path = write_version(folder / f"{CATALOG.stem}.xlsx", [*kept[:9], *added, *kept[9:]])
    return path, {"removed": removed, "changed": changed, "added": [i.name for i in added]}


def test_a_new_catalog_version_is_compared_and_merged(claimed: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(claimed) as ws:
        version, made = next_version(ws, tmp_path / "2027")
    code, out, err = run_cli(capsys, "claim", claimed, "--compare", version, "--json")
    assert code == 0, err
    compared = json.loads(out)
    assert {k: len(compared[k]) for k in ("added", "removed", "changed", "unchanged")} == {
        "added": 3, "removed": 2, "changed": 4, "unchanged": 12}
    assert sorted(e["name"] for e in compared["added"]) == sorted(made["added"])
    assert sorted(e["name"] + (f"（{e['sub_name']}）" if e["sub_name"] else "") for e in compared["removed"]) == sorted(
        made["removed"])
    fields = sorted(d["field"] for e in compared["changed"] for d in e["differences"])
    assert fields == ["bases", "bases", "category", "category"]
    retyped = next(e for e in compared["changed"] if e["differences"][0]["field"] == "category")
    assert retyped["differences"][0] | {"label": ""} == {"field": "category", "label": "", "old": "行政检查",
                                                          "new": "其他行政权力"}
    assert len(json.loads(run_cli(capsys, "claim", claimed, "--json")[1])) == 18  # comparing wrote nothing

    renamed = tmp_path / "另一个名字.xlsx"
    renamed.write_bytes(version.read_bytes())
    code, _, err = run_cli(capsys, "claim", claimed, "--compare", renamed)
    assert code == 2 and "--replaces" in err
    code, _, err = run_cli(capsys, "claim", claimed, "--compare", version, "--accept", "9999")
    assert code == 2 and "没有变更或取消" in err

    code, out, err = run_cli(capsys, "claim", claimed, "--compare", version, "--accept", "all")
    assert code == 0, err
    assert "新认领 3 项" in out and "按新版本更新 6 项" in out
    assert catalog_findings(capsys, claimed) == []
    entries = json.loads(run_cli(capsys, "claim", claimed, "--json")[1])
    assert len(entries) == 19 and {e["claim_status"] for e in entries} == {"claimed"}
    assert {e["catalog"] for e in entries} == {CATALOG.stem}
    listed = [i["name"] for i in json.loads(run_cli(capsys, "list", claimed, "--json")[1])]
    assert len(listed) == 21 and set(made["added"]) <= set(listed)
    with Workspace.open(claimed) as ws:
        items = {i.full_name: i for i in load_items(ws)}
    for name in made["removed"]:
        assert items[name].disposition == "取消"
        assert f"上级目录《{CATALOG.stem}》新版本已取消该事项" in items[name].remarks
    assert {i.disposition for n, i in items.items() if n not in made["removed"]} == {""}
    assert "本级新增" not in run_cli(capsys, "claim", claimed)[1]  # the cancelled ones are not new
    with Workspace.open(claimed) as ws:
        create_item(ws, PowerItem(name="人防宣传教育活动的组织", category="其他行政权力"), "test")
    assert "本级新增（上级目录中没有的事项）1 项：人防宣传教育活动的组织" in run_cli(capsys, "claim", claimed)[1]


def test_the_bundle_reports_conformity_and_deviation_reasons(claimed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries = json.loads(run_cli(capsys, "claim", claimed, "--json")[1])
    renamed, dropped = entries[5], entries[0]
    with Workspace.open(claimed) as ws:
        update_item(ws, renamed["item_id"], {"name": "拆除人民防空工程审批（本级）"}, "test")
        create_item(ws, PowerItem(name="人防宣传教育活动的组织", category="其他行政权力"), "test")
    assert run_cli(capsys, "claim", claimed, str(dropped["id"]), "--not-claimed", "由自治区本级实施")[0] == 0
    reason = "市政府令第5号调整了名称"
    code, _, err = run_cli(capsys, "claim", claimed, str(renamed["id"]), "--deviation-reason", reason)
    assert code == 0, err
    with Workspace.open(claimed) as ws:
        workbook = unclaimed_workbook(ws, "克拉玛依市国动办")
    assert workbook is not None
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    assert book.sheetnames == ["未认领事项说明", "三级四同情况", "与上级目录不一致的事项", "本级新增事项"]

    def rows(name: str) -> list[tuple[object, ...]]:
        return [r for r in book[name].iter_rows(min_row=3, values_only=True) if any(v is not None for v in r)]

    assert rows("未认领事项说明")[0][-1] == "由自治区本级实施"
    assert rows("三级四同情况") == [(CATALOG.stem, 17, 16, 1)]
    (deviation,) = rows("与上级目录不一致的事项")
    assert deviation[3] == "拆除人民防空工程审批（本级）" and deviation[4] == "事项名称"
    assert "目录为“拆除人民防空工程的审批”" in str(deviation[5]) and deviation[6] == reason
    assert [r[2] for r in rows("本级新增事项")] == ["人防宣传教育活动的组织"]
