"""The item code scheme and the 实施依据 text reader."""

from __future__ import annotations

from qlist_desktop.domain.basis_text import parse_bases
from qlist_desktop.domain.codes import CodeScheme, format_problem, next_code, parse_code

SCHEME = CodeScheme()


def test_real_karamay_code_parses() -> None:
    parts = parse_code(SCHEME, "650200207XK01600")
    assert parts is not None and (parts.region, parts.subject, parts.type, parts.item, parts.sub) == (
        "650200",
        "207",
        "XK",
        16,
        0,
    )
    assert parse_code(SCHEME, "/") is None
    assert format_problem(SCHEME, "650200207XK0160") is not None
    assert format_problem(SCHEME, "650200207XK01600") is None


def test_next_code_for_a_category_and_for_a_sub_item() -> None:
    existing = ["650200207XK01600", "650200207XK00300", "650200207CF00900"]
    assert next_code(SCHEME, "650200", "207", "XK", existing) == "650200207XK01700"
    assert next_code(SCHEME, "650200", "207", "JC", existing) == "650200207JC00100"
    assert next_code(SCHEME, "650200", "207", "XK", existing, sub_item_of="650200207XK01600") == "650200207XK01601"


def test_a_different_scheme_is_data() -> None:
    scheme = CodeScheme(region=6, subject=2, type=2, item=4, sub=2)
    assert scheme.length == 16
    assert parse_code(scheme, "65020020XK001601") is not None
    assert CodeScheme.from_data(scheme.to_data()) == scheme


def test_parse_bases_splits_references_with_dirty_tags() -> None:
    text = (
        "【法律】《中华人民共和国统计法》（2009年6月27日修订）第三十七条：地方各级人民政府……\n"
        "【 行政法规】《中华人民共和国统计法实施条例》第五十条第一款 统计调查对象……\n"
        "《中华人民共和国消防法》第十条\n【2023】《某办法》第２条"
    )
    bases = parse_bases(text)
    assert [b.title for b in bases] == [
        "中华人民共和国统计法",
        "中华人民共和国统计法实施条例",
        "中华人民共和国消防法",
        "某办法",
    ]
    assert [b.level for b in bases] == ["法律", "行政法规", "", ""]
    assert bases[0].revision == "2009年6月27日修订" and bases[0].article == "第三十七条"
    assert bases[0].article_text == "地方各级人民政府……"
    assert bases[1].article == "第五十条第一款"
    assert bases[3].article == "第2条"


def test_text_without_a_document_is_kept_whole() -> None:
    assert [b.article_text for b in parse_bases("依据上级文件精神")] == ["依据上级文件精神"]
    assert parse_bases("  \n ") == []


def test_document_numbers_in_brackets_do_not_split_a_reference() -> None:
    text = "【规范性文件】《新疆维吾尔自治区人民防空工程建设管理办法》（新国动规【2023】2号）第十条"
    bases = parse_bases(text)
    assert len(bases) == 1
    assert bases[0].revision == "新国动规【2023】2号" and bases[0].article == "第十条"
