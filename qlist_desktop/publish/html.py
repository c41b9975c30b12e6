"""Small HTML builders: every user text goes through `esc`, the page layout is `resources/publish/page.html`."""

from __future__ import annotations

import functools
from html import escape
from string import Template

from qlist_desktop import __version__
from qlist_desktop.paths import resource
from qlist_desktop.publish.summary import PHONE


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def multiline(text: str) -> str:
    """User text with its line breaks kept."""
    return "<br>".join(esc(line) for line in text.splitlines()) if text else ""


def with_phone_links(text: str) -> str:
    """Escaped text with every phone number a tel: link (a tap calls it on a phone)."""
    out, last = [], 0
    for match in PHONE.finditer(text):
        out.append(multiline(text[last:match.start()]))
        number = match.group(0)
        out.append(f'<a href="tel:{number.replace("-", "")}">{esc(number)}</a>')
        last = match.end()
    out.append(multiline(text[last:]))
    return "".join(out)


def definition_list(rows: list[tuple[str, str]]) -> str:
    """<dl> of (label, already-escaped HTML) rows; empty values are left out."""
    body = "".join(f"<div><dt>{esc(k)}</dt><dd>{v}</dd></div>" for k, v in rows if v)
    return f'<dl class="fields">{body}</dl>' if body else ""


@functools.cache
def _layout() -> Template:
    return Template(resource("publish", "page.html").read_text(encoding="utf-8"))


def page(*, title: str, body: str, root: str, department: str, date: str, count: int, scripts: tuple[str, ...] = (),
         nav: str = "") -> str:
    """A whole page; `root` is the relative way back to the site root ("" or "../")."""
    tags = "".join(f'<script src="{root}{src}"></script>\n' for src in scripts)
    return _layout().substitute(title=esc(title), root=root, department=esc(department), body=body, date=esc(date),
                                count=count, scripts=tags, version=esc(__version__), nav=nav)
