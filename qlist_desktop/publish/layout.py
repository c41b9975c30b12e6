"""Where each file of a publication goes, decided once so that pages, cards and editions link alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from qlist_desktop.export.names import UniqueNames
from qlist_desktop.publish.content import Publication

CARDS_DIR = "单项版"
TOPICS_DIR = "专题版"
GUIDE_PDF = "实用版.pdf"
GUIDE_PAGE = "guide.html"
TOPICS_PAGE = "topics/index.html"


def href(path: str, root: str = "") -> str:
    """A relative link to a site path, percent-encoded (folder names are Chinese)."""
    return root + quote(path)


@dataclass
class Layout:
    topic_page: dict[str, str] = field(default_factory=dict)
    topic_pdf: dict[str, str] = field(default_factory=dict)
    category_page: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def card(slug: str) -> str:
        return f"{CARDS_DIR}/{slug}.pdf"

    @classmethod
    def of(cls, pub: Publication) -> Layout:
        names = UniqueNames()
        layout = cls()
        for n, topic in enumerate(pub.topics, 1):
            layout.topic_page[topic] = f"topics/topic-{n:02d}.html"
            layout.topic_pdf[topic] = f"{TOPICS_DIR}/{names.take(topic, '.pdf')}"
        for n, (category, _count) in enumerate(pub.by_category(), 1):
            layout.category_page[category] = f"categories/category-{n:02d}.html"
        return layout
