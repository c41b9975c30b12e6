"""Importing an upper-level catalog and claiming (认领) its items: claimed by default, not claimed with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES
from helpers import run_cli

from qlist_desktop.domain.items import Department, PowerItem
from qlist_desktop.services.catalogs import (
    CLAIMED,
    NOT_CLAIMED,
    CatalogError,
    claim,
    list_catalogs,
    list_entries,
    set_not_claimed,
    unclaimed_rows,
)
from qlist_desktop.services.items import create_items, load_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

CATALOG = FIXTURES / "国动办权责清单公示.xlsx"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    with Workspace.create(tmp_path / "dept.qlist") as ws:
        initialise(ws, Department(name="某区国防动员办公室"))
        # The department already has one of the catalog's items: claiming links to it, no duplicate.
        create_items(ws, [PowerItem(name="人民防空工程质量监督", category="其他行政权力")], source="test")
    return tmp_path / "dept.qlist"


def test_catalog_import_claims_every_item_by_default(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "import", workspace, CATALOG, "--as-catalog", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["claimed"], report["created"], report["linked"]) == (18, 17, 1)
    assert report["files"][0]["items"] == 18 and report["files"][0]["by_category"]["行政许可"] == 4
    with Workspace.open(workspace, readonly=True) as ws:
        assert len(load_items(ws)) == 18
        [catalog] = list_catalogs(ws)
        assert (catalog.entries, catalog.claimed, catalog.not_claimed) == (18, 18, 0)
        assert catalog.source_file == CATALOG.name
    # The same catalog again: recognised by its content, nothing added.
    code, out, _ = run_cli(capsys, "import", workspace, CATALOG, "--as-catalog", "--json")
    assert code == 0 and json.loads(out)["files"][0]["already_imported"] is True
    with Workspace.open(workspace, readonly=True) as ws:
        assert len(load_items(ws)) == 18 and len(list_catalogs(ws)) == 1


def test_not_claiming_needs_a_reason_and_is_listed_for_the_bundle(workspace: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "import", workspace, CATALOG, "--as-catalog")[0] == 0
    with Workspace.open(workspace) as ws:
        entry = next(e for e in list_entries(ws) if e.item.name == "拆除人民防空工程的审批")
        with pytest.raises(CatalogError, match="必须填写不认领的理由"):
            set_not_claimed(ws, entry.id, "  ")
        set_not_claimed(ws, entry.id, "本区无人防工程拆除审批权限，由市级实施")
        assert [i.name for i in load_items(ws, deleted=True)] == ["拆除人民防空工程的审批"]
        assert len(load_items(ws)) == 17
        [row] = unclaimed_rows(ws)
        assert (row.name, row.category) == ("拆除人民防空工程的审批", "行政许可")
        assert row.reason == "本区无人防工程拆除审批权限，由市级实施"
        assert row.catalog == CATALOG.stem
        status = {e.id: e.claim_status for e in list_entries(ws)}
        assert status[entry.id] == NOT_CLAIMED
        # Claimed again: the same item comes back from the recycle bin.
        assert claim(ws, entry.id) == entry.claimed_item_id
        assert len(load_items(ws)) == 18 and unclaimed_rows(ws) == []
        assert {e.claim_status for e in list_entries(ws)} == {CLAIMED}


def test_catalog_dry_run_writes_nothing(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "import", workspace, CATALOG, "--as-catalog", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["claimed"] == 18
    with Workspace.open(workspace, readonly=True) as ws:
        assert list_catalogs(ws) == [] and len(load_items(ws)) == 1
