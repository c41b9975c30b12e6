"""Export failures: disk full, read-only stick, cancel, blocking errors.

Each leaves nothing under the final name and the workspace unchanged."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import run_cli

from qlist_desktop.export.bundle import ExportBlocked, ExportCancelled, ExportOptions, export_bundle, plan_export
from qlist_desktop.export.names import UniqueNames, safe_file_name, safe_name
from qlist_desktop.export.safe_write import ExportError
from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.items import list_rows, update_item
from qlist_desktop.services.submissions import list_submissions, next_round
from qlist_desktop.storage.workspace import Workspace

REASON = "测试报送"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return create_demo(tmp_path / "demo.qlist")


def _mount_tmpfs(target: Path, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs with all but ~200 KB taken, so a bundle cannot fit."""
    target = tmp_path / "usb"
    target.mkdir()
    if not _mount_tmpfs(target, "size=2m"):
        pytest.skip("无法挂载 tmpfs（需要 root 权限且允许 mount），跳过磁盘写满测试")
    try:
        (target / "已有文件.bin").write_bytes(b"\0" * (1800 * 1024))
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


@pytest.fixture
def readonly_disk(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "ro"
    target.mkdir()
    if not _mount_tmpfs(target, "ro,size=1m"):
        pytest.skip("无法挂载只读 tmpfs（需要 root 权限且允许 mount）")
    try:
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


def _state(ws_path: Path) -> tuple[int, bytes]:
    with Workspace.open(ws_path, readonly=True) as ws:
        return len(list_submissions(ws)), ws_path.read_bytes()


def test_full_disk_fails_cleanly(demo: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(os.listdir(small_disk))
    submissions_before, _ = _state(demo)
    code, _out, err = run_cli(capsys, "export", demo, small_disk, "--override-reason", REASON, "--quiet")
    assert code == 2
    assert "目标磁盘空间不足" in err and "未生成报送包" in err
    assert "Traceback" not in err
    assert sorted(os.listdir(small_disk)) == before, "nothing may be left on the stick, not even the staging folder"
    assert _state(demo)[0] == submissions_before == 0


def test_readonly_stick_fails_cleanly(demo: Path, readonly_disk: Path) -> None:
    with Workspace.open(demo) as ws, pytest.raises(ExportError, match="只读"):
        export_bundle(ws, readonly_disk, ExportOptions(override_reason=REASON))
    assert os.listdir(readonly_disk) == []
    assert _state(demo)[0] == 0


def test_cancel_leaves_nothing(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    messages: list[str] = []
    with Workspace.open(demo) as ws:
        with pytest.raises(ExportCancelled):
            export_bundle(ws, out, ExportOptions(override_reason=REASON),
                          progress=lambda done, total, message: messages.append(message),
                          cancel=lambda: len(messages) >= 4)
        assert next_round(ws) == 1
    assert os.listdir(out) == []


def test_errors_block_without_reason(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run_cli(capsys, "export", demo, tmp_path)
    assert code == 1
    assert "--override-reason" in err and "basis-level-insufficient" in err
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.qlist")] == []
    with Workspace.open(demo) as ws:
        with pytest.raises(ExportBlocked):
            export_bundle(ws, tmp_path, ExportOptions(override_reason="   "))
        assert list_submissions(ws) == []


def test_drafts_left_out_unless_asked(demo: Path, tmp_path: Path) -> None:
    with Workspace.open(demo) as ws:
        first = list_rows(ws)[0]
        update_item(ws, first.id, {"status": "草稿"}, source="test")
        plan = plan_export(ws)
        assert first.id not in {i.id for i in plan.items} and plan.drafts_left_out == 1
        assert "1 个草稿事项未纳入" in plan.summary_text()
        plan = plan_export(ws, ExportOptions(include_drafts=True))
        assert first.id in {i.id for i in plan.items} and plan.drafts_left_out == 0


def test_existing_final_name_is_not_overwritten(demo: Path, tmp_path: Path) -> None:
    with Workspace.open(demo) as ws:
        plan = plan_export(ws, ExportOptions(override_reason=REASON))
        (tmp_path / plan.folder_name).mkdir()
        (tmp_path / plan.folder_name / "旧文件.txt").write_text("保留", encoding="utf-8")
        with pytest.raises(ExportError, match="不会覆盖"):
            export_bundle(ws, tmp_path, plan.options, plan=plan)
    assert (tmp_path / plan.folder_name / "旧文件.txt").read_text(encoding="utf-8") == "保留"


def test_too_long_target_path_is_refused(demo: Path, tmp_path: Path) -> None:
    deep = tmp_path / ("很长的文件夹名称" * 6) / ("another-long-folder-name" * 3)
    deep.mkdir(parents=True)
    with Workspace.open(demo) as ws, pytest.raises(ExportError, match="路径过长"):
        export_bundle(ws, deep, ExportOptions(override_reason=REASON))
    assert os.listdir(deep) == []


def test_missing_target_folder(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run_cli(capsys, "export", demo, tmp_path / "无此文件夹", "--override-reason", REASON)
    assert code == 2 and "目标文件夹不存在" in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
        ("CON", "_CON"),
        ("com1.txt", "_com1.txt"),
        ("《中华人民共和国食品安全法》. ", "中华人民共和国食品安全法"),
        ("...", "未命名"),
        ("第一行\n第二行\t", "第一行 第二行"),
    ],
)
def test_safe_names(text: str, expected: str) -> None:
    assert safe_name(text) == expected


def test_long_names_are_shortened_and_unique() -> None:
    name = safe_file_name("法" * 300, ".pdf", limit=80)
    assert len(name) == 80 and name.endswith(".pdf")
    names = UniqueNames()
    assert [names.take("同名", ".pdf"), names.take("同名", ".pdf"), names.take("同名", ".PDF")] == [
        "同名.pdf", "同名_2.pdf", "同名_3.PDF"]


def test_unclaimed_items_are_explained(demo: Path, tmp_path: Path) -> None:
    from qlist_desktop.storage.schema import CatalogEntryRow, CatalogRow

    with Workspace.open(demo) as ws:
        with ws.session() as s:
            catalog = CatalogRow(name="示范市权力事项目录", imported_at="2025-01-01")
            s.add(catalog)
            s.flush()
            s.add(CatalogEntryRow(catalog_id=catalog.id, position=0, claim_status="not_claimed",
                                  reason="本县无港口，不涉及该事项",
                                  data={"code": "999000017XK09900", "name": "港口经营许可", "category": "行政许可"}))
        result = export_bundle(ws, tmp_path, ExportOptions(override_reason=REASON))
    import openpyxl

    sheet = openpyxl.load_workbook(result.path / "01_一表" / "未认领事项说明.xlsx").active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows == [(1, "示范市权力事项目录", "999000017XK09900", "港口经营许可", None, "行政许可",
                     "本县无港口，不涉及该事项")]
