"""专题版 (one PDF per topic) and 实用版 (the citizen guide booklet): items in a few plain lines each."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from qlist_desktop.publish.content import Publication, PublicItem
from qlist_desktop.publish.pdf_text import PageWriter, page_number_footer
from qlist_desktop.publish.site import guide_groups
from qlist_desktop.publish.summary import text

MARGIN = 20 * mm
BODY = 10.5
LABEL_WIDTH = 22 * mm


def _writer(title: str, department: str) -> PageWriter:
    w = PageWriter(A4, MARGIN, title=title, author=department)
    w.footer = page_number_footer(w.song)
    return w


def _front(w: PageWriter, title: str, department: str, date: str, intro: str) -> None:
    w.text(title, 20, bold=True)
    w.text(f"{department} · {date}", 10, color=(0.3, 0.3, 0.3))
    w.space(4 * mm)
    w.text(intro, BODY)
    w.space(4 * mm)


def _item(w: PageWriter, p: PublicItem) -> None:
    w.text(p.item.full_name, 12, bold=True, keep=3 * BODY * 1.45)
    w.text(f"{p.item.code} · {p.item.category}", 8.5, color=(0.35, 0.35, 0.35))
    for label, value in p.lines.rows()[1:]:
        w.labelled(label, value, BODY, LABEL_WIDTH)
    w.space(4 * mm)


def topic_pdf(pub: Publication, topic: str, date: str) -> bytes:
    """The topic edition: an introduction, then the topic's items by category."""
    members = pub.in_topic(topic)
    department = pub.department.name
    w = _writer(f"专题：{topic}", department)
    _front(w, f"专题：{topic}", department, date, text("topic_intro", topic=topic, count=len(members)))
    for category in dict.fromkeys(p.item.category for p in members):
        w.text(category or "未分类", 14, bold=True, keep=40 * mm)
        w.space(2 * mm)
        for p in members:
            if p.item.category == category:
                _item(w, p)
    return w.finish()


def guide_pdf(pub: Publication, date: str) -> bytes:
    """The 实用版 booklet: by whom an item concerns, then by life or business event."""
    department = pub.department.name
    w = _writer(text("guide_title"), department)
    _front(w, text("guide_title"), department, date, text("guide_intro"))
    groups = guide_groups(pub)
    w.text("目录", 14, bold=True)
    for audience, topics in groups:
        w.text(f"{audience}：{'、'.join(t or '未分类' for t, _members in topics)}", BODY, indent=4 * mm)
    for audience, topics in groups:
        w.new_page()
        w.text(audience, 18, bold=True)
        w.space(2 * mm)
        for topic, members in topics:
            w.text(topic or "未分类", 14, bold=True, keep=40 * mm)
            w.space(2 * mm)
            for p in members:
                _item(w, p)
    if not pub.items:
        w.text("本部门暂无公开事项。", BODY)
    return w.finish()
