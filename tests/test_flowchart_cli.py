"""`qlist flowchart`: one chart to a file, all charts to a folder, errors as sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from flowchart_support import make_workspace
from helpers import run_cli
from pypdf import PdfReader

from qlist_desktop.services.flowcharts import save_chart


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws, items = make_workspace(tmp_path / "w.qlist")
    save_chart(ws, items[-1].id, None)  # 650203001JL00100 has no chart
    ws.close()
    return tmp_path / "w.qlist"


def test_one_chart_in_each_format(workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for suffix in ("pdf", "svg", "png"):
        out = tmp_path / f"许可.{suffix}"
        code, stdout, stderr = run_cli(capsys, "flowchart", workspace, "650203001XK00100", "-o", out)
        assert (code, stderr) == (0, "") and out.stat().st_size > 1000 and str(out) in stdout
    assert "食品经营许可" in PdfReader(tmp_path / "许可.pdf").pages[0].extract_text()


def test_all_charts_to_a_folder(workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, _ = run_cli(capsys, "flowchart", workspace, "--all", tmp_path / "一图", "--formats", "pdf,svg")
    assert code == 0 and "已输出 4 个事项" in stdout and "1 个事项没有可用的流程图" in stdout
    names = sorted(p.name for p in (tmp_path / "一图").iterdir())
    assert len(names) == 8 and "650203001XK00100_食品经营许可.pdf" in names
    assert "650203001JC00100_对食品生产经营者的监督检查（日常监督检查）.svg" in names


@pytest.mark.parametrize("args, words", [
    (["650203001JL00100", "-o", "x.pdf"], "还没有流程图"),
    (["650203001XK00100", "-o", "x.doc"], "不支持的输出格式"),
    (["650203001XK00100"], "请用 -o"),
    ([], "二者选其一"),
    (["NOPE", "-o", "x.pdf"], "没有编码为“NOPE”"),
    (["--all", "out", "--formats", "gif"], "不支持的输出格式“gif”"),
])
def test_refusals_are_sentences(workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                args: list[str], words: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run_cli(capsys, "flowchart", workspace, *args)
    assert code == 2 and words in stderr and "Traceback" not in stderr


def test_missing_graphviz_is_explained(workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from qlist_desktop.render.graphviz import dot_version, find_dot

    monkeypatch.setenv("PATH", str(tmp_path))
    find_dot.cache_clear()
    dot_version.cache_clear()
    try:
        code, _, stderr = run_cli(capsys, "flowchart", workspace, "650203001XK00100", "-o", tmp_path / "x.svg")
    finally:
        find_dot.cache_clear()
        dot_version.cache_clear()
    assert code == 2 and "找不到绘制流程图所需的 Graphviz" in stderr and "apt-get install graphviz" in stderr
