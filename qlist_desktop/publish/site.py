"""The static website: home page with search, a page per public item, category, topic and guide pages.

The site is a set of parts (`SitePart`); each yields (path, bytes) files and may add a navigation entry.
A new kind of page (e.g. the responsibility list's) is one more part passed to `site_files`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from qlist_desktop.paths import resource
from qlist_desktop.publish.content import UNTAGGED, Publication, PublicItem
from qlist_desktop.publish.html import definition_list, esc, multiline, page, with_phone_links
from qlist_desktop.publish.layout import GUIDE_PAGE, GUIDE_PDF, TOPICS_PAGE, Layout, href
from qlist_desktop.publish.summary import audiences_of, text, texts, time_limit

SiteFile = tuple[str, bytes]
WEB_FONTS = "Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,PingFang SC,SimHei,sans-serif"
_FONT_FAMILY = re.compile(r'font-family="([^"]*)"')


@dataclass(frozen=True)
class Site:
    pub: Publication
    layout: Layout
    date: str
    nav: tuple[tuple[str, str], ...] = ()  # (label, site path) of the parts that have an entry

    def page(self, path: str, title: str, body: str, scripts: tuple[str, ...] = ()) -> SiteFile:
        root = "../" * path.count("/")
        nav = "".join(f'<li><a href="{href(p, root)}">{esc(label)}</a></li>\n' for label, p in self.nav)
        html = page(title=title, body=body, root=root, department=self.pub.department.name, date=self.date,
                    count=len(self.pub.items), scripts=scripts, nav=nav)
        return path, html.encode("utf-8")


class SitePart(Protocol):
    """One kind of page. `nav` is its entry in the site's navigation, or None."""

    nav: tuple[str, str] | None

    def files(self, site: Site) -> Iterator[SiteFile]: ...


def _item_link(p: PublicItem, root: str) -> str:
    return f'<a href="{href(p.page, root)}">{esc(p.item.full_name)}</a>'


def _plain_block(p: PublicItem, root: str, level: int = 3) -> str:
    """An item in a few plain lines, headed by a link to its page."""
    rows = [(label, multiline(value) if label != "找谁投诉" else with_phone_links(value))
            for label, value in p.lines.rows()[1:]]
    return (f'<article class="plain"><h{level}>{_item_link(p, root)}</h{level}>'
            f'<p class="meta">{esc(p.item.code)} · {esc(p.item.category)}</p>{definition_list(rows)}</article>')


class HomePage:
    nav: tuple[str, str] | None = ("事项查询", "index.html")

    def files(self, site: Site) -> Iterator[SiteFile]:
        pub, layout = site.pub, site.layout
        counts = "".join(
            f'<li><a href="{href(layout.category_page[c])}">{esc(c)}<span class="n">{n}</span></a></li>'
            for c, n in pub.by_category())
        categories = "".join(f'<option value="{esc(c)}">{esc(c)}（{n}）</option>' for c, n in pub.by_category())
        topics = "".join(f'<option value="{esc(t)}">{esc(t)}</option>' for t in pub.topics)
        topic_links = "".join(f'<li><a href="{href(layout.topic_page[t])}">{esc(t)}'
                              f'<span class="n">{len(pub.in_topic(t))}</span></a></li>' for t in pub.topics)
        body = f"""<h1>{esc(pub.department.name)}权力清单</h1>
<p class="intro">{esc(text("home_intro"))}</p>
<section aria-labelledby="search-title" class="search">
<h2 id="search-title">查询事项</h2>
<form id="search" role="search" action="index.html" method="get">
<p><label for="q">关键词</label>
<input id="q" name="q" type="search" autocomplete="off" placeholder="事项名称、编码、权力类型或依据名称"></p>
<p class="filters"><label for="category">权力类型</label>
<select id="category" name="category"><option value="">全部类型</option>{categories}</select>
<label for="topic">专题</label>
<select id="topic" name="topic"><option value="">全部专题</option>{topics}</select>
<button type="submit">查询</button></p>
</form>
<p id="count" class="count" role="status" aria-live="polite">共 {len(pub.items)} 个公开事项</p>
<ol id="results" class="results"></ol>
<p><button id="more" type="button" hidden>显示更多</button></p>
<noscript><p>本页的即时查询需要浏览器启用脚本；也可以按下面的权力类型或专题浏览全部事项。</p></noscript>
</section>
<section aria-labelledby="count-title">
<h2 id="count-title">按权力类型浏览</h2>
<ul class="counts">{counts}</ul>
</section>
<section aria-labelledby="topic-title">
<h2 id="topic-title">按专题浏览</h2>
<ul class="counts">{topic_links or "<li>暂无专题</li>"}</ul>
</section>"""
        yield site.page("index.html", f"{pub.department.name}权力清单", body,
                        scripts=("assets/search-index.js", "assets/search.js"))


class ItemPages:
    nav: tuple[str, str] | None = None

    def files(self, site: Site) -> Iterator[SiteFile]:
        for p in site.pub.items:
            yield site.page(p.page, p.item.full_name, self.body(site, p))
            if p.chart_svg is not None:
                yield f"items/{p.slug}.svg", _svg_for_web(p.chart_svg.read_bytes())

    @staticmethod
    def body(site: Site, p: PublicItem) -> str:
        item, root = p.item, "../"
        topics = "、".join(f'<a href="{href(site.layout.topic_page[t], root)}">{esc(t)}</a>' for t in item.topics)
        basic = definition_list([
            ("事项编码", esc(item.code)), ("事项名称", esc(item.name)), ("子项名称", esc(item.sub_name)),
            ("权力类型", f'<a href="{href(site.layout.category_page[item.category or "未分类"], root)}">'
                     f'{esc(item.category or "未分类")}</a>'),
            ("专题", topics), ("适用对象", esc("、".join(audiences_of(item)))),
            ("行使主体", multiline(item.exercising_body)), ("承办机构", multiline(item.handling_unit)),
            ("承办岗位", multiline(item.handling_post)), ("责任人", multiline(item.responsible_person)),
            ("联系电话", with_phone_links(item.contact_phone)),
            ("实施层级及权限", multiline(item.implementation_level)), ("部门职责", multiline(item.department_duty)),
            ("行使条件", multiline(p.conditions))])
        bases = "".join(
            f'<article class="basis"><h3>{esc(b.citation() or b.title)}</h3>'
            + (f"<blockquote><p>{multiline(b.article_text)}</p></blockquote>" if b.article_text else "")
            + "</article>" for b in item.bases) or "<p>未列明</p>"
        limits = definition_list([
            ("法定期限", esc(f"{item.legal_time_limit} 个工作日") if item.legal_time_limit is not None else ""),
            ("承诺期限", esc(f"{item.promised_time_limit} 个工作日") if item.promised_time_limit is not None else ""),
            ("办理时限", esc(time_limit(item))), ("是否收费", esc("收费" if item.fee_charged else "不收费")),
            ("收费依据", multiline(item.fee_basis)), ("收费标准", multiline(item.fee_standard))])
        if p.chart_svg is not None:
            chart = (f'<figure class="chart"><a href="{href(p.slug + ".svg")}"><img src="{href(p.slug + ".svg")}" '
                     f'alt="{esc(item.full_name)}运行流程图"></a><figcaption>点击流程图可单独打开、放大查看。'
                     f"</figcaption></figure>")
        else:
            chart = f'<p class="no-chart">{esc(text("no_chart"))}</p>'
        duties = "".join(f"<tr><th scope=\"row\">{esc(r.stage or '—')}</th><td>{multiline(r.content)}</td>"
                         f"<td>{multiline(r.basis)}</td></tr>" for r in item.responsibilities)
        duties_html = (f'<div class="wide"><table><thead><tr><th scope="col">环节</th><th scope="col">责任事项</th>'
                       f'<th scope="col">依据</th></tr></thead><tbody>{duties}</tbody></table></div>'
                       if duties else "<p>未列明</p>")
        account = definition_list([("追责对象范围", multiline(item.accountability_subjects)),
                                   ("追责情形", multiline(item.accountability_situations))]) or "<p>未列明</p>"
        disclosure = definition_list([("公开范围", esc(item.disclosure_scope)),
                                      ("公开形式", esc("、".join(item.disclosure_forms))),
                                      ("公开时限", multiline(item.disclosure_time_limit))])
        other = definition_list([("备注", multiline(item.remarks)),
                                 *[(k, multiline(v)) for k, v in item.extra.items()]])
        card = href(Layout.card(p.slug), root)
        return f"""<nav class="crumbs" aria-label="位置"><a href="../index.html">首页</a> ›
<a href="{href(site.layout.category_page[item.category or "未分类"], root)}">{esc(item.category or "未分类")}</a></nav>
<h1>{esc(item.full_name)}</h1>
<p class="meta">{esc(item.code)} · {esc(item.category)} · <a href="{card}">下载单项版（PDF）</a></p>
<section aria-labelledby="s-basic"><h2 id="s-basic">基本信息</h2>{basic}</section>
<section aria-labelledby="s-bases"><h2 id="s-bases">实施依据</h2>{bases}</section>
<section aria-labelledby="s-time"><h2 id="s-time">办理时限与收费</h2>{limits}</section>
<section aria-labelledby="s-chart"><h2 id="s-chart">运行流程图</h2>{chart}</section>
<section aria-labelledby="s-duty"><h2 id="s-duty">责任事项</h2>{duties_html}</section>
<section aria-labelledby="s-account"><h2 id="s-account">追责对象与追责情形</h2>{account}</section>
<section aria-labelledby="s-open"><h2 id="s-open">公开方式</h2>{disclosure or "<p>未列明</p>"}</section>
<section aria-labelledby="s-complaint" class="complaint"><h2 id="s-complaint">监督投诉</h2>
<p>{with_phone_links(item.complaint_channel) or "未列明"}</p></section>
{f'<section aria-labelledby="s-other"><h2 id="s-other">其他信息</h2>{other}</section>' if other else ""}"""


def _svg_for_web(svg: bytes) -> bytes:
    """A chart SVG with font fallbacks, so a computer without the font it was drawn in shows Chinese too."""
    return _FONT_FAMILY.sub(lambda m: f'font-family="{m.group(1)},{WEB_FONTS}"', svg.decode("utf-8")).encode("utf-8")


class CategoryPages:
    nav: tuple[str, str] | None = None

    def files(self, site: Site) -> Iterator[SiteFile]:
        for category, count in site.pub.by_category():
            members = [p for p in site.pub.items if (p.item.category or "未分类") == category]
            rows = "".join(f"<li>{_item_link(p, '../')} <span class=\"meta\">{esc(p.item.code)}</span></li>"
                           for p in members)
            body = (f'<nav class="crumbs" aria-label="位置"><a href="../index.html">首页</a></nav>'
                    f"<h1>{esc(category)}</h1><p>共 {count} 个事项。</p><ol class=\"list\">{rows}</ol>")
            yield site.page(site.layout.category_page[category], category, body)


class TopicPages:
    nav: tuple[str, str] | None = ("专题", TOPICS_PAGE)

    def files(self, site: Site) -> Iterator[SiteFile]:
        pub, layout = site.pub, site.layout
        links = "".join(f'<li><a href="{href(layout.topic_page[t], "../")}">{esc(t)}</a>'
                        f'（{len(pub.in_topic(t))} 个事项，<a href="{href(layout.topic_pdf[t], "../")}">PDF</a>）</li>'
                        for t in pub.topics)
        body = (f"<h1>专题</h1><p class=\"intro\">{esc(text('topics_intro'))}</p>"
                f"<ul class=\"list\">{links or '<li>暂无专题：事项尚未标注专题。</li>'}</ul>")
        yield site.page(TOPICS_PAGE, "专题", body)
        for topic in pub.topics:
            members = pub.in_topic(topic)
            groups = []
            for category in dict.fromkeys(p.item.category for p in members):
                blocks = "".join(_plain_block(p, "../") for p in members if p.item.category == category)
                groups.append(f"<section><h2>{esc(category or '未分类')}</h2>{blocks}</section>")
            body = (f'<nav class="crumbs" aria-label="位置"><a href="../index.html">首页</a> › '
                    f'<a href="index.html">专题</a></nav><h1>专题：{esc(topic)}</h1>'
                    f'<p class="intro">{esc(text("topic_intro", topic=topic, count=len(members)))}</p>'
                    f'<p><a href="{href(layout.topic_pdf[topic], "../")}">下载本专题（PDF）</a></p>{"".join(groups)}')
            yield site.page(layout.topic_page[topic], f"专题：{topic}", body)


def guide_groups(pub: Publication) -> list[tuple[str, list[tuple[str, list[PublicItem]]]]]:
    """实用版 structure: audience → (topic → items); items of no audience under 其他事项 by category."""
    groups = []
    placed: set[int] = set()
    for audience in texts()["audiences"]:
        topics = [(t, pub.in_topic(t)) for t in audience["topics"] if pub.in_topic(t)]
        placed |= {p.item.key for _t, members in topics for p in members}
        if topics:
            groups.append((str(audience["label"]), topics))
    rest = [p for p in pub.items if p.item.key not in placed]
    if rest:
        by_category = [(c, [p for p in rest if p.item.category == c]) for c in dict.fromkeys(p.item.category
                                                                                              for p in rest)]
        groups.append((UNTAGGED, by_category))
    return groups


class GuidePage:
    nav: tuple[str, str] | None = ("办事指南（实用版）", GUIDE_PAGE)

    def files(self, site: Site) -> Iterator[SiteFile]:
        parts = [f"<h1>{esc(text('guide_title'))}</h1><p class=\"intro\">{esc(text('guide_intro'))}</p>"
                 f'<p><a href="{href(GUIDE_PDF)}">下载实用版（PDF）</a></p>']
        toc = []
        for n, (audience, topics) in enumerate(guide_groups(site.pub), 1):
            toc.append(f'<li><a href="#a{n}">{esc(audience)}</a></li>')
            sections = "".join(f"<section><h3>{esc(t or '未分类')}</h3>"
                               + "".join(_plain_block(p, "", level=4) for p in members) + "</section>"
                               for t, members in topics)
            parts.append(f'<section id="a{n}" aria-labelledby="h{n}"><h2 id="h{n}">{esc(audience)}</h2>'
                         f"{sections}</section>")
        parts.insert(1, f'<nav aria-label="本页目录"><ul class="toc">{"".join(toc)}</ul></nav>')
        yield site.page(GUIDE_PAGE, text("guide_title"), "".join(parts))


class Assets:
    nav: tuple[str, str] | None = None

    def files(self, site: Site) -> Iterator[SiteFile]:
        for name in ("site.css", "search.js"):
            yield f"assets/{name}", resource("publish", name).read_bytes()
        yield "assets/search-index.js", search_index(site.pub)


def search_index(pub: Publication) -> bytes:
    """The search data: public items only, as a script (a page opened from file:// cannot fetch JSON)."""
    categories = [c for c, _n in pub.by_category()]
    topics = pub.topics
    rows = [[p.slug, p.item.code, p.item.full_name, categories.index(p.item.category or "未分类"),
             [topics.index(t) for t in p.item.topics if t in topics],
             " ".join(dict.fromkeys(b.title for b in p.item.bases if b.title))] for p in pub.items]
    data = {"categories": categories, "topics": topics, "items": rows}
    return ("window.QLIST_INDEX = " + json.dumps(data, ensure_ascii=False, separators=(",", ":")) + ";\n").encode()


BUILT_IN_PARTS: tuple[SitePart, ...] = (HomePage(), ItemPages(), CategoryPages(), TopicPages(), GuidePage(), Assets())


def site_files(pub: Publication, date: str, extra_parts: Sequence[SitePart] = ()) -> Iterator[SiteFile]:
    """Every file of the site. `extra_parts` add kinds of pages (and navigation entries) to the built-in ones."""
    parts = (*BUILT_IN_PARTS, *extra_parts)
    site = Site(pub, Layout.of(pub), date, tuple(part.nav for part in parts if part.nav))
    for part in parts:
        yield from part.files(site)
