"""Every demo item's chart drawn with the real dot, read back with pdftotext and pdffonts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers import run_cli

from qlist_desktop.services.flowcharts import load_charts
from qlist_desktop.services.items import load_items
from qlist_desktop.storage.workspace import Workspace


def test_every_demo_chart_renders_with_its_chinese_steps_and_embedded_fonts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws_path = tmp_path / "演示.qlist"
    assert run_cli(capsys, "demo", ws_path)[0] == 0
    out = tmp_path / "charts"
    code, _, err = run_cli(capsys, "flowchart", ws_path, "--all", out, "--formats", "pdf,svg")
    assert code == 0, err
    with Workspace.open(ws_path, readonly=True) as ws:
        items = load_items(ws)
        charts = load_charts(ws)
    assert len(charts) == len(items) == 20
    for item in items:
        pdf = next(out.glob(f"{item.code}_*.pdf"))
        assert pdf.with_suffix(".svg").is_file()
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        flat = text.replace("\n", "").replace(" ", "")
        assert item.code in flat
        steps = [s.name for s in charts[item.id].steps if s.kind == "step"]
        assert steps and all(name in flat for name in steps), (item.code, steps)
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        # Columns end with: emb sub uni object-number generation.
        assert rows and all(row.split()[-5] == "yes" for row in rows), fonts
