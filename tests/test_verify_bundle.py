"""`qlist verify`: passes on an intact bundle and names the problem after any change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import run_cli

from qlist_desktop.export.manifest import verify_bundle
from qlist_desktop.services.demo import create_demo


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("verify")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QLIST_CACHE_DIR", str(base / "cache"))
        ws = create_demo(base / "demo.qlist")
        from qlist_desktop.cli.main import main

        assert main(["export", str(ws), str(base), "--override-reason", "测试", "--quiet"]) == 0
    (path,) = [p for p in base.iterdir() if p.is_dir() and "报送" in p.name]
    return path


@pytest.fixture
def copy(bundle: Path, tmp_path: Path) -> Path:
    target = tmp_path / bundle.name
    shutil.copytree(bundle, target)
    return target


def test_intact_bundle_passes(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert verify_bundle(copy) == []
    code, out, _ = run_cli(capsys, "verify", copy)
    assert code == 0 and "校验通过" in out


def test_one_changed_byte_in_any_file_fails(copy: Path) -> None:
    files = sorted(p for p in copy.rglob("*") if p.is_file())
    assert len(files) > 10
    for path in files:
        original = path.read_bytes()
        changed = bytearray(original)
        middle = len(changed) // 2
        changed[middle] = (changed[middle] + 1) % 256
        if path.name == "SHA256SUMS":
            changed[0] = ord("0") if changed[0] != ord("0") else ord("1")  # a hex digit of the first checksum
        path.write_bytes(bytes(changed))
        problems = verify_bundle(copy)
        assert problems, f"a changed byte in {path.name} went unnoticed"
        path.write_bytes(original)
    assert verify_bundle(copy) == []


def test_changed_file_is_named(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = copy / "01_一表" / "行政权力目录表.xlsx"
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))
    code, out, _ = run_cli(capsys, "verify", copy)
    assert code == 1
    assert "文件内容已被改动（校验值不符）：01_一表/行政权力目录表.xlsx" in out


def test_removed_file_fails(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (copy / "00_封面.pdf").unlink()
    code, out, _ = run_cli(capsys, "verify", copy)
    assert code == 1 and "缺少文件：00_封面.pdf" in out


def test_added_file_and_folder_fail(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (copy / "01_一表" / "说明.txt").write_text("多余", encoding="utf-8")
    (copy / "新建文件夹").mkdir()
    code, out, _ = run_cli(capsys, "verify", copy)
    assert code == 1
    assert "多出了未登记的文件：01_一表/说明.txt" in out
    assert "多出了未登记的文件夹：新建文件夹" in out


def test_missing_checksums_or_not_a_bundle(copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (copy / "SHA256SUMS").unlink()
    code, out, _ = run_cli(capsys, "verify", copy)
    assert code == 1 and "缺少校验文件" in out
    code, out, _ = run_cli(capsys, "verify", tmp_path / "nowhere")
    assert code == 1 and "不存在" in out


def test_manifest_and_checksums_must_agree(copy: Path) -> None:
    sums = copy / "SHA256SUMS"
    lines = sums.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.endswith("data.json")]
    sums.write_text("\n".join(kept) + "\n", encoding="utf-8")
    messages = [p.message for p in verify_bundle(copy)]
    assert "多出了未登记的文件：data.json" in messages
    assert any("manifest.json 与 SHA256SUMS 的文件清单不一致：data.json" in m for m in messages)
