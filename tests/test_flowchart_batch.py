"""Batch rendering on every core: worker processes for many charts, none for one; the chart font."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flowchart_support import DEPARTMENT
from pypdf import PdfReader

from qlist_desktop.domain.items import PowerItem
from qlist_desktop.fonts import pdf_font
from qlist_desktop.render import charts, graphviz
from qlist_desktop.render.charts import ChartJob, chart_font, make_job, render_job, render_jobs
from qlist_desktop.render.graphviz import find_dot
from qlist_desktop.services.flowcharts import default_templates


@pytest.fixture
def dot_log(tmp_path: Path) -> Iterator[Path]:
    """A configured `dot` that logs the process id of its caller when it draws, then runs the real one."""
    log = tmp_path / "callers.log"
    wrapper = tmp_path / "dot-wrapper"
    script = f'#!/bin/sh\n[ "$1" = -V ] || echo "$PPID" >> "{log}"\nexec "{find_dot()}" "$@"\n'
    wrapper.write_text(script, encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    graphviz.set_configured_dot(str(wrapper))
    yield log
    graphviz.set_configured_dot(None)


def callers(log: Path) -> list[int]:
    return [int(line) for line in log.read_text().split()] if log.exists() else []


def jobs(n: int) -> dict[int, ChartJob]:
    templates = list(default_templates().items())
    out = {}
    for i in range(n):
        category, chart = templates[i % len(templates)]
        chart.steps[1].name = f"申请（第{i}号）"
        item = PowerItem(id=i, code=f"650203001XK{i:05d}", name=f"{category}事项{i}", category=category)
        out[i] = make_job(chart, item, DEPARTMENT, "2025-03-01")
    return out


def test_many_charts_are_drawn_in_worker_processes(dot_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "PROCESS_MIN_CHARTS", 4)
    seen: list[tuple[int, int]] = []
    work = jobs(6)
    files = render_jobs(work, ("pdf", "svg"), progress=lambda d, t: seen.append((d, t)))
    assert set(files) == set(work)
    pids = set(callers(dot_log))
    assert pids and os.getpid() not in pids  # the configured dot reached the workers, which ran it
    assert seen[0] == (0, 6) and seen[-1] == (6, 6) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    for n, outputs in files.items():
        reader = PdfReader(outputs["pdf"])
        assert f"申请（第{n}号）" in reader.pages[0].extract_text()
        assert f"申请（第{n}号）" in outputs["svg"].read_text(encoding="utf-8")
    dot_log.unlink()
    assert render_jobs(jobs(6), ("pdf", "svg")) == files and not callers(dot_log)  # cached: no dot at all


def test_cancel_stops_the_worker_processes(dot_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "PROCESS_MIN_CHARTS", 4)
    monkeypatch.setattr(charts, "BATCH_SIZE", 1)
    files = render_jobs(jobs(12), ("svg",), cancel=lambda: True)
    assert 0 < len(files) < 12
    assert all(p["svg"].is_file() for p in files.values())


def test_one_chart_and_few_charts_stay_in_this_process(dot_log: Path) -> None:
    render_job(jobs(1)[0], ["pdf"])
    render_jobs(jobs(3), ("svg",))
    assert set(callers(dot_log)) == {os.getpid()}


def test_chart_font_is_the_embeddable_truetype(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QLIST_GRAPHVIZ_FONT", raising=False)
    font = pdf_font("hei")
    assert chart_font() == charts._family(str(font.path), font.subfont) == "WenQuanYi Zen Hei"
    monkeypatch.setenv("QLIST_GRAPHVIZ_FONT", "Noto Sans CJK SC")
    assert chart_font() == "Noto Sans CJK SC"


def test_unguarded_script_falls_back_to_threads(tmp_path: Path) -> None:
    """A script without `if __name__ == "__main__"` breaks spawned workers; its charts are still drawn."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from qlist_desktop.render import charts\n"
        "from test_flowchart_batch import jobs\n"
        "charts.PROCESS_MIN_CHARTS = 2\n"
        "files = charts.render_jobs(jobs(4), ('svg',))\n"
        "print('drawn', sum(f['svg'].is_file() for f in files.values()))\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QLIST_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "drawn 4"
    assert "BrokenProcessPool" not in result.stderr
