"""A law as the library holds it: one version of one title, with its articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from qlist_desktop.laws.numerals import ArticleNo

CURRENT = "current"
EXPIRED = "expired"
# Levels as the library's sources name them, mapped to the basis_level vocabulary (宪法 founds like 法律).
LEVEL_LABELS = {"宪法": "法律", "法律": "法律", "行政法规": "行政法规", "部门规章": "部门规章"}


@dataclass
class Article:
    """One article (条): its number, chapter heading and paragraphs (款; items 项 are paragraphs too)."""

    no: ArticleNo
    paragraphs: list[str]
    chapter: str = ""

    @property
    def label(self) -> str:
        return self.no.label if self.no.number else "正文"

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def clauses(self) -> list[str]:
        """The 款 of the article: paragraphs that are not items （一）… of the one before."""
        result: list[str] = []
        for p in self.paragraphs:
            if result and p.startswith("（"):
                result[-1] += "\n" + p
            else:
                result.append(p)
        return result


@dataclass
class Law:
    """One version of one law, regulation or rule."""

    title: str  # full official title, e.g. 中华人民共和国行政许可法
    level: str  # a basis_level label: 法律, 行政法规, 部门规章, 地方性法规 …
    published: str = ""  # YYYY-MM-DD of this version
    in_force_from: str = ""
    status: str = CURRENT
    issuer: str = ""
    history: list[str] = field(default_factory=list)
    source: str = ""  # where it came from: the library's file, or the user's imported file and when
    articles: list[Article] = field(default_factory=list)
    id: int | None = None

    @property
    def expired(self) -> bool:
        return self.status == EXPIRED
