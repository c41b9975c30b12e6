"""Reading a law's text (the library's Markdown, or a user's .md / .txt / .docx) into a `Law`."""

from __future__ import annotations

import re
from pathlib import Path

from qlist_desktop.laws.model import Article, Law
from qlist_desktop.laws.numerals import ARTICLE_HEAD, ArticleNo, to_int

_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[编分章节]")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISSUERS = (
    ("全国人民代表大会常务委员会", "全国人民代表大会常务委员会"),
    ("全国人民代表大会", "全国人民代表大会"),
    ("国务院令", "国务院"),
    ("国务院", "国务院"),
)
_LOCAL_ISSUERS = (
    re.compile(r"([\u4e00-\u9fff]+?)(?:第[一二三四五六七八九十]+届)?(人民代表大会常务委员会|人民代表大会)"),
    re.compile(r"([\u4e00-\u9fff]+?)(人民政府)令?"),
    re.compile(r"([\u4e00-\u9fff]+?)(部|委员会|总局|署|局|银行)令"),
)
INFO_END = "<!-- INFO END -->"


def dates(line: str) -> list[str]:
    """Every YYYY-MM-DD written as 2019年4月23日 in a line."""
    return [f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _DATE.findall(line)]


def issuer_of(history: list[str]) -> str:
    """The body that made the law, read from its history lines."""
    first = " ".join(history[:1])
    for needle, body in _ISSUERS:
        if needle in first:
            return body
    undated = _DATE.sub(" ", first)
    for pattern in _LOCAL_ISSUERS:
        m = pattern.search(undated)
        if m:
            return m.group(1) + m.group(2)
    return ""


def _article_start(line: str, previous: ArticleNo | None) -> tuple[ArticleNo, str] | None:
    """The article number a line opens, if it opens one (numbers only increase; see the README's quirks)."""
    m = ARTICLE_HEAD.match(line)
    if not m:
        return None
    number = to_int(m.group(1))
    insert = to_int(m.group(2)) if m.group(2) else 0
    if number is None or insert is None:
        return None
    no = ArticleNo(number, insert)
    rest = line[m.end() :]
    spaced = rest[:1] in (" ", "\u3000", "") or rest[:1] == "\t"
    if previous is None:
        ok = spaced or number == 1
    elif spaced:
        ok = no > previous
    else:  # "第十二条规定的……" at a line start is text, unless it is exactly the next number
        ok = no in (ArticleNo(previous.number + 1), ArticleNo(previous.number, previous.insert + 1))
    return (no, rest.strip(" \u3000\t")) if ok else None


def parse_body(lines: list[str]) -> list[Article]:
    """Articles from the lines after a law's header; a text with no 第…条 becomes one article 正文."""
    articles: list[Article] = []
    chapter = ""
    loose: list[str] = []
    for raw in lines:
        line = raw.strip().lstrip("#").strip()
        if not line:
            continue
        if raw.lstrip().startswith("#") or (_CHAPTER.match(line) and len(line) < 40 and not ARTICLE_HEAD.match(line)):
            chapter = line
            continue
        start = _article_start(line, articles[-1].no if articles else None)
        if start:
            articles.append(Article(start[0], [start[1]] if start[1] else [], chapter))
        elif articles:
            articles[-1].paragraphs.append(line)
        else:
            loose.append(line)
    if not articles and loose:
        articles.append(Article(ArticleNo(0), loose))
    return articles


def parse_markdown(text: str) -> tuple[str, list[str], list[Article]]:
    """(title, history lines, articles) of a library file: `# title`, history, INFO END, body."""
    head, sep, body = text.partition(INFO_END)
    if not sep:
        head, body = "", text
    titles = [ln[1:].strip() for ln in head.splitlines() if ln.startswith("# ")]
    history = [ln.strip() for ln in head.splitlines() if ln.strip() and not ln.startswith("#")]
    return (titles[0] if titles else ""), history, parse_body(body.splitlines())


def parse_plain(lines: list[str]) -> tuple[str, list[str], list[Article]]:
    """(title, history lines, articles) of a text with no markers: title first, dates until the body."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    if not lines:
        return "", [], []
    title = lines[0].lstrip("#").strip().strip("《》")
    history: list[str] = []
    i = 1
    while i < len(lines) and not ARTICLE_HEAD.match(lines[i]) and not _CHAPTER.match(lines[i]):
        if dates(lines[i]) or lines[i].startswith(("（", "(")) or (len(history) < 3 and len(lines[i]) < 120):
            history.append(lines[i].strip("（）()"))
            i += 1
        else:
            break
    return title, history, parse_body(lines[i:])


def read_user_file(path: Path) -> tuple[str, list[str], list[Article]]:
    """A law file the user imports: .docx (as downloaded from the national database), .md or .txt."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx  # python-docx; imported here so the library itself loads without it

        document = docx.Document(str(path))
        return parse_plain([p.text for p in document.paragraphs])
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    if suffix == ".md" and (INFO_END in text or text.lstrip().startswith("# ")):
        return parse_markdown(text)
    return parse_plain(text.splitlines())


def dated(law: Law) -> Law:
    """Fill the version's dates from its history when not known: the last date, and a 施行 date."""
    all_dates = [d for line in law.history for d in dates(line)]
    if not law.published and all_dates:
        published = [d for line in law.history if "施行" not in line for d in dates(line)]
        law.published = max(published or all_dates)
    if not law.in_force_from:
        for line in law.history:
            if "施行" in line and dates(line):
                law.in_force_from = dates(line)[-1]
    if not law.issuer:
        law.issuer = issuer_of(law.history)
    return law


def to_markdown(law: Law, articles: list[Article]) -> str:
    """A law in the library's Markdown format, which `read_user_file` reads back (a user law's travel copy)."""
    lines = [f"# {law.title}", *law.history, INFO_END]
    chapter = ""
    for article in articles:
        if article.chapter and article.chapter != chapter:
            chapter = article.chapter
            lines.append(f"## {chapter}")
        if article.no.number:
            first, *rest = article.paragraphs or [""]
            lines += [f"{article.label} {first}", *rest]
        else:
            lines += article.paragraphs
    return "\n\n".join(lines) + "\n"
