"""Rendering with the real `dot`, real fonts; outputs read back with pdftotext, pdffonts, pypdf."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pdfplumber
import pytest
from flowchart_support import DEPARTMENT, long_chart, make_workspace
from pypdf import PdfReader

from qlist_desktop.domain.flowchart import DECISION, STEP, FlowEdge, FlowStep, linear_chart
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.render import graphviz
from qlist_desktop.render.charts import chart_font, export_chart, make_job, render_item_charts, render_job
from qlist_desktop.render.dot import DECISION_WIDTH, NAME_LINES, NAME_WIDTH, chart_to_dot, escape, step_label, wrap
from qlist_desktop.render.graphviz import GraphvizMissing, find_dot, render_bytes
from qlist_desktop.services.flowcharts import dated_charts, default_templates, save_chart

NASTY = ['引号"内"', "反斜杠\\N 与 \\G \\l", "<b>尖括号</b> & {花括号} | 竖线", "", "   "]


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdffonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb column) per font."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    emb = lines[0].index("emb")
    return [(line.split()[0], line[emb:emb + 3]) for line in lines[2:]]


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("category", list(default_templates()))
def test_every_template_renders_to_svg_and_pdf(category: str, tmp_path: Path) -> None:
    chart = default_templates()[category]
    item = PowerItem(id=1, code="650203001XK00100", name=f"{category}示例事项", category=category)
    files = render_job(make_job(chart, item, DEPARTMENT, "2025-03-01"), ["pdf", "svg"])
    text = squeeze(pdftotext(files["pdf"]))
    for step in chart.steps:  # a wrapped name comes back line by line
        for line in wrap(step.name, DECISION_WIDTH if step.kind == DECISION else NAME_WIDTH):
            assert squeeze(line) in text, step.name
    assert f"{category}示例事项" in text and DEPARTMENT in text and "2025年3月1日" in text
    fonts = pdffonts(files["pdf"])
    assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
    # Chart and page text are in the embeddable TrueType 黑体 (a CFF Noto CJK subset made pages 200 KB).
    assert all("NotoSansCJK" not in name for name, _ in fonts) and any("WenQuanYi" in name for name, _ in fonts)
    pages = len(PdfReader(files["pdf"]).pages)
    assert 1 <= pages <= 3  # a template's chart is cut into at most three legible pages
    assert files["pdf"].stat().st_size < 110_000 * pages  # was ~200 KB a page with the CFF font
    svg = ET.parse(files["svg"]).getroot()
    texts = "".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text"))
    assert chart.steps[1].name in texts
    assert chart_font() in files["svg"].read_text(encoding="utf-8")


def test_escaping_survives_dot_and_reads_back(tmp_path: Path) -> None:
    chart = linear_chart([*NASTY, "很长的名称" * 30])
    chart.steps[1].post = 'post "quoted" \\ <x>'
    chart.steps[2].action = "{a|b} & <c>"
    chart.edges[1].label = '是"\\'
    chart.conditions = "条件<含>&特殊\\字符"
    svg = render_bytes(chart_to_dot(chart, chart_font()), "svg").decode("utf-8")
    root = ET.fromstring(svg)
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    joined = "".join(texts)
    assert '引号"内"' in joined
    assert "反斜杠\\N 与 \\G \\l" in joined  # not replaced by the node or graph name
    assert squeeze("<b>尖括号</b> & {花括号} | 竖线") in squeeze(joined)  # wrapped over two lines
    assert 'post "quoted" \\ <x>' in joined
    assert '是"\\' in joined and "条件<含>&特殊\\字符" in joined
    assert "（未命名）" in joined  # empty and blank names still get a box
    long_lines = [t for t in texts if "很长的名称" in t]
    # Wrapped at 12 Chinese characters, at most NAME_LINES lines: the rest is cut, marked "…".
    assert len(long_lines) == NAME_LINES and all(len(t) <= 12 for t in long_lines) and long_lines[-1].endswith("…")


def test_escape_and_wrap_units() -> None:
    assert escape('a&b<c>"d\\e') == "a&amp;b&lt;c&gt;&quot;d\\\\e"
    assert escape("x\x00\x07y") == "xy"
    assert wrap("", 10) == [] and wrap("   ", 10) == []
    assert wrap("受理审查决定送达", 8) == ["受理审查", "决定送达"]
    assert wrap("hello world again", 11) == ["hello world", "again"]
    assert wrap("第一行\n第二行", 20) == ["第一行", "第二行"]
    assert wrap("a" * 25, 10) == ["a" * 9, "a" * 9, "a" * 7]  # as few lines, of even length
    assert wrap("当事人是否要求听证", 16) == ["当事人是否", "要求听证"]  # no line of one character
    assert wrap("向社会公开；常年公开", 10) == ["向社会公开；", "常年公开"]  # no line starts with ；
    assert wrap("一二三四五”，", 10) == ["一二三四五”，"]  # hanging, not a line of its own


def test_time_limit_is_not_cut_in_two() -> None:
    step = FlowStep("s", STEP, "审查", post="业务科室承办人", time_limit="10个工作日")
    assert "承办岗位：业务科室承办人<BR/>时限：10个工作日" in step_label(step)
    step.post = "窗口"
    assert "承办岗位：窗口 时限：10个工作日" in step_label(step)


def test_long_chart_continues_on_legible_pages(tmp_path: Path) -> None:
    chart = long_chart(25)
    item = PowerItem(id=1, code="650203001CF00200", name="对生产经营不符合食品安全标准的食品的行政处罚")
    out = export_chart(chart, item, DEPARTMENT, tmp_path / "long.pdf", "2025-03-01")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= 3
        for number, page in enumerate(pdf.pages, start=1):
            assert {round(page.width), round(page.height)} == {595, 842}
            assert min(c["size"] for c in page.chars) >= 7  # never shrunk below 7 pt: continued instead
            text = squeeze(page.extract_text())
            assert f"—{number}—" in text and "650203001CF00200" in text
            assert (number > 1) == ("（续）" in text)
            if number > 1:
                assert f"接第{number - 1}页" in text  # the off-page connector from the page before
    text = squeeze(pdftotext(out))
    for n in (1, 13, 24):
        assert f"第{n}环节：调查取证与审查" in text
    assert "有证据证明当事人存在违法行为" in text and "0990-12315" in text  # conditions, complaint channel
    dot = make_job(chart, item, DEPARTMENT).dot
    assert 'shape=circle' in dot  # on one canvas (SVG) it is folded: columns joined by numbered connectors


def test_unbounded_name_still_fits_its_page(tmp_path: Path) -> None:
    """Issue 13: a 5,000-character item name and step texts used to push the chart off its page."""
    chart = default_templates()["行政许可"]
    chart.steps[1].name = "申请" * 2500
    chart.steps[1].action = "材料" * 5000
    chart.conditions = "条件" * 5000
    item = PowerItem(id=1, code="650203001XK00900", name="很长的事项名称" * 700, category="行政许可")
    out = export_chart(chart, item, DEPARTMENT, tmp_path / "huge.pdf", "2025-03-01")
    with pdfplumber.open(out) as pdf:
        first = pdf.pages[0]
        words = squeeze(first.extract_text())
        assert "很长的事项名称" in words and "…" in words and "开始" in words  # the chart is on the page
        assert all(c["size"] >= 7 for page in pdf.pages for c in page.chars)
        assert all(c["x0"] >= 0 and c["x1"] <= page.width and c["top"] >= 0 and c["bottom"] <= page.height
                   for page in pdf.pages for c in page.chars)


def test_png_and_svg_outputs(tmp_path: Path) -> None:
    chart = default_templates()["行政处罚"]
    item = PowerItem(id=1, code="650203001CF00100", name="行政处罚事项")
    png = export_chart(chart, item, DEPARTMENT, tmp_path / "c.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = export_chart(chart, item, DEPARTMENT, tmp_path / "c.svg")
    assert "650203001CF00100 行政处罚事项 运行流程图" in svg.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="不支持的输出格式"):
        export_chart(chart, item, DEPARTMENT, tmp_path / "c.doc")


def test_render_item_charts_caches_and_skips(tmp_path: Path) -> None:
    ws, items = make_workspace(tmp_path / "w.qlist")
    save_chart(ws, items[2].id, None)
    seen: list[tuple[int, int]] = []
    first = render_item_charts(items, dated_charts(ws), DEPARTMENT, progress=lambda d, t: seen.append((d, t)))
    assert set(first) == {i.id for i in items} - {items[2].id}
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    stamps = {p: p.stat().st_mtime_ns for files in first.values() for p in files.values()}
    again = render_item_charts(items, dated_charts(ws), DEPARTMENT)
    assert again == first and all(p.stat().st_mtime_ns == m for p, m in stamps.items())
    chart = linear_chart(["受理"])
    chart.steps.insert(2, FlowStep("d", DECISION, "是否通过"))
    chart.edges += [FlowEdge("s1", "d"), FlowEdge("d", "end", "是")]
    save_chart(ws, items[0].id, chart)
    changed = render_item_charts(items, dated_charts(ws), DEPARTMENT)
    assert changed[items[0].id]["pdf"] != first[items[0].id]["pdf"]
    assert changed[items[1].id] == first[items[1].id]
    cancelled = render_item_charts(items, dated_charts(ws), DEPARTMENT, formats=("png",), cancel=lambda: True)
    assert len(cancelled) < len(first)
    ws.close()


def test_missing_dot_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QLIST_DOT", str(tmp_path / "no-such-dot"))
    find_dot.cache_clear()
    try:
        with pytest.raises(GraphvizMissing, match=r"QLIST_DOT.*安装 Graphviz"):
            find_dot()
        monkeypatch.delenv("QLIST_DOT")
        monkeypatch.setenv("PATH", str(tmp_path))
        find_dot.cache_clear()
        with pytest.raises(GraphvizMissing, match=r"找不到.*Graphviz"):
            find_dot()
    finally:
        find_dot.cache_clear()


def test_configured_dot_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    real = find_dot()
    monkeypatch.setenv("QLIST_DOT", "/nonexistent/dot")
    graphviz.set_configured_dot(str(real))
    try:
        assert find_dot() == real
    finally:
        graphviz.set_configured_dot(None)


def _font_programs(pdf: Path) -> dict[str, bytes]:
    """Embedded font name → its font program, from the page and the chart drawn on it."""
    out: dict[str, bytes] = {}
    page = PdfReader(pdf).pages[0]
    pending = [page["/Resources"].get_object()]
    while pending:
        resources = pending.pop()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            for part in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    data = next(descriptor[k] for k in ("/FontFile2", "/FontFile3", "/FontFile") if k in descriptor)
                    out[str(descriptor["/FontName"])] = data.get_object().get_data()
        for ref in resources.get("/XObject", {}).values():
            pending.append(ref.get_object()["/Resources"].get_object())
    return out


def test_pages_can_be_combined_without_font_name_clashes(tmp_path: Path) -> None:
    """Different font subsets never share a name, so one PDF of many pages stays valid."""
    templates = default_templates()
    seen: dict[str, bytes] = {}
    for n, category in enumerate(["行政许可", "行政处罚", "行政检查"]):
        item = PowerItem(id=n, code=f"650203001XK0{n}100", name=f"{category}事项名称不同{n}", category=category)
        pdf = render_job(make_job(templates[category], item, DEPARTMENT, "2025-03-01"), ["pdf"])["pdf"]
        fonts = _font_programs(pdf)
        assert len(fonts) >= 3  # the page's own font and the chart's
        for name, program in fonts.items():
            assert seen.setdefault(name, program) == program, name
