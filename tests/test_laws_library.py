"""The law library built from ../shared/laws: every text parsed, titles found however written, versions known."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from conftest import SHARED

from qlist_desktop.laws.build import read_source, source_digest
from qlist_desktop.laws.files import default_library
from qlist_desktop.laws.numerals import ArticleNo, parse_refs, to_chinese, to_int
from qlist_desktop.laws.parse import parse_markdown
from qlist_desktop.laws.store import meta

LAWS = SHARED / "laws"
HEADING = re.compile(r"^第[零〇一二两三四五六七八九十百千\d]+条")


def index_rows() -> list[dict[str, str]]:
    with (LAWS / "index.tsv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_file_is_parsed_into_its_articles() -> None:
    rows = index_rows()
    assert len(rows) == 1071
    for row in rows:
        text = (LAWS / row["file"]).read_text(encoding="utf-8")
        headings = sum(1 for line in text.partition("<!-- INFO END -->")[2].splitlines() if HEADING.match(line.strip()))
        title, _, articles = parse_markdown(text)
        numbered = [a for a in articles if a.no.number]
        assert title, row["file"]
        assert abs(len(numbered) - headings) <= headings * 0.01, (row["file"], headings, len(numbered))
        assert articles, row["file"]  # a decision without 第…条 is kept as one 正文
        assert [a.no for a in numbered] == sorted(a.no for a in numbered), row["file"]


def test_shipped_file_is_a_build_of_the_current_sources() -> None:
    laws = read_source(LAWS)
    library = default_library()
    shipped = meta(library._sources[0][0])
    assert shipped["version"] == f"{max(law.published for law in laws)}-{source_digest(LAWS)}"
    assert int(shipped["laws"]) == len(laws) == len(library.laws)
    fresh = {(law.title, law.published): len(law.articles) for law in laws}
    assert {(law.title, law.published): len(library.articles(law)) for law in library.laws} == fresh


@pytest.mark.parametrize(
    "spelling",
    ["中华人民共和国行政许可法", "行政许可法", "《中华人民共和国行政许可法》", "〈行政许可法〉",
     "中华人民共和国行政许可法（2019年修正）", "中华人民共和国行政许可法(2019年4月23日修正)", " 行政许可法 "],
)
def test_administrative_licensing_law_article_12_by_any_spelling(spelling: str) -> None:
    library = default_library()
    law = library.find(spelling)
    assert law is not None and law.title == "中华人民共和国行政许可法" and law.level == "法律"
    assert law.published == "2019-04-23" and not law.expired
    article = library.cited_text(law, parse_refs("第十二条")[0])
    assert article is not None and article.startswith("下列事项可以设定行政许可：")
    item = library.cited_text(law, parse_refs("第十二条第一款第（三）项")[0])
    assert item is not None and item.startswith("（三）提供公众服务并且直接关系公共利益的职业、行业")


@pytest.mark.parametrize("spelling", ["中华人民共和国民法典", "民法典", "《民法典》", "〈中华人民共和国民法典〉"])
def test_civil_code_is_one_law_with_every_part(spelling: str) -> None:
    library = default_library()
    law = library.find(spelling)
    assert law is not None and law.title == "中华人民共和国民法典"
    articles = library.articles(law)
    assert len(articles) == 1260 and articles[0].no == ArticleNo(1) and articles[-1].no == ArticleNo(1260)
    assert library.cited_text(law, parse_refs("第一千零四条")[0]) == (
        "自然人享有健康权。自然人的身心健康受法律保护。任何组织或者个人不得侵害他人的健康权。"
    )
    contract = library.article(law, ArticleNo(464))
    assert contract is not None and "合同是民事主体之间设立、变更、终止民事法律关系的协议" in contract.text


def test_expired_versions_are_known_as_expired() -> None:
    library = default_library()
    expired = {(r["short_name"], r["published"]) for r in index_rows() if r["status"] == "expired"}
    assert len(expired) == 52
    for short, published in expired:
        versions = {v.published: v for v in library.versions(short)}
        assert versions[published].expired, short
    legislation = library.versions("立法法")
    assert [(v.published, v.status) for v in legislation] == [("2015-03-15", "expired"), ("2023-03-13", "current")]
    assert library.find("立法法") is legislation[-1]
    repealed = library.find("环境噪声污染防治法")
    assert repealed is not None and repealed.expired  # repealed: no later version


def test_article_numbers_and_references() -> None:
    assert [to_int(t) for t in ("一百二十三", "十二", "二十", "一千零四", "105")] == [123, 12, 20, 1004, 105]
    assert all(to_int(to_chinese(n)) == n for n in range(1, 1300))
    refs = parse_refs("第三十条、第三十一条第二款，第五条至第七条，第十条之一")
    assert [r.label for r in refs] == [
        "第五条", "第六条", "第七条", "第三十条", "第三十一条第二款", "第十条之一"
    ]


def test_completion_and_full_text_search() -> None:
    library = default_library()
    titles = [law.title for law in library.complete("道路交通")]
    assert "中华人民共和国道路交通安全法" in titles and "中华人民共和国道路交通安全法实施条例" in titles
    hits = library.search("消防车通道")
    assert hits and all("消防车通道" in h.article.text and not h.law.expired for h in hits)


def test_library_is_small_enough_to_ship() -> None:
    shipped = Path(__file__).resolve().parent.parent / "resources" / "laws" / "library.sqlite.xz"
    assert 1e6 < shipped.stat().st_size < 8e6
