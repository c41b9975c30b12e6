"""Laws the user adds (.docx as downloaded, .md, .txt): parsed, stored for every workspace, found by the checks."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import docx
import pytest
from helpers import run_cli

from qlist_desktop.domain.codes import CodeScheme
from qlist_desktop.domain.items import LegalBasis, PowerItem
from qlist_desktop.domain.rules import validate_items
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.laws.files import default_library, default_reviewer, user_file
from qlist_desktop.services.items import create_items
from qlist_desktop.storage.workspace import Workspace

TITLE = "新疆维吾尔自治区消防条例"
ART3 = "县级以上人民政府应当将消防工作纳入国民经济和社会发展规划，保障消防工作与经济社会发展相适应。"
ART5 = "单位应当落实消防安全主体责任，建立健全消防安全责任制，确定消防安全管理人员。"


def make_docx(path: Path) -> Path:
    """A law as the national database's .docx reads: title, history in brackets, chapters, articles."""
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(
        "（1995年7月7日新疆维吾尔自治区第八届人民代表大会常务委员会第十五次会议通过　"
        "2021年9月29日新疆维吾尔自治区第十三届人民代表大会常务委员会第二十七次会议修订）"
    )
    document.add_paragraph("第一章　总　则")
    document.add_paragraph("第一条　为了预防火灾和减少火灾危害，根据《中华人民共和国消防法》，制定本条例。")
    document.add_paragraph("第二条　本条例适用于自治区行政区域内的消防工作。")
    document.add_paragraph(f"第三条　{ART3}")
    document.add_paragraph("第二章　消防安全责任")
    document.add_paragraph("第四条　机关、团体、企业、事业等单位应当履行下列消防安全职责：")
    document.add_paragraph("（一）落实消防安全责任制；")
    document.add_paragraph("（二）按照规定配置消防设施、器材。")
    document.add_paragraph(f"第五条　{ART5}")
    document.save(str(path))
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def findings(basis: LegalBasis) -> dict[str, str]:
    item = PowerItem(code="650200207CF00100", name="消防处罚", category="行政处罚", bases=[basis])
    found = validate_items([item], default_vocabularies(), CodeScheme(), default_reviewer())
    return {f.rule: f.message for f in found if f.rule.startswith("basis-")}


def test_docx_law_is_imported_and_then_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    basis = LegalBasis("行政法规", TITLE, "", "第三条", ART3)
    assert set(findings(basis)) == {"basis-level-mismatch"}  # judged from the title before the law is known
    code, out, err = run_cli(capsys, "laws", "import", make_docx(tmp_path / "消防条例.docx"), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["laws"][0]["title"] == TITLE and data["laws"][0]["level"] == "地方性法规"
    assert data["laws"][0]["published"] == "2021-09-29" and data["laws"][0]["articles"] == 5
    assert Path(data["stored_in"]) == user_file() and user_file().exists()

    law = default_library().find(f"《{TITLE}》")
    assert law is not None and law.source.startswith("用户导入：消防条例.docx")
    assert law.issuer == "新疆维吾尔自治区人民代表大会常务委员会"
    articles = default_library().articles(law)
    assert articles[3].chapter == "第二章　消防安全责任"
    assert articles[3].paragraphs[1] == "（一）落实消防安全责任制；"

    found = findings(basis)
    assert found.keys() == {"basis-level-mismatch"} and "法规库中为地方性法规" in found["basis-level-mismatch"]
    assert findings(LegalBasis("地方性法规", TITLE, "", "第三条", ART3)) == {}
    assert "第九十九条" in findings(LegalBasis("地方性法规", TITLE, "", "第九十九条", ART3))["basis-article-missing"]
    differs = findings(LegalBasis("地方性法规", TITLE, "", "第三条", ART5))["basis-text-differs"]
    assert ART3[:20] in differs and ART5[:20] in differs  # both texts shown

    code, out, _ = run_cli(capsys, "laws", "show", TITLE, "第四条第一款第（二）项")
    assert code == 0 and "（二）按照规定配置消防设施、器材。" in out


def test_later_user_version_wins_over_the_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "许可法.md"
    text.write_text(
        "# 中华人民共和国行政许可法\n2026年1月1日 全国人民代表大会常务委员会修正\n<!-- INFO END -->\n"
        "第一条 为了规范行政许可的设定和实施，制定本法。\n第十二条 下列事项可以设定行政许可：\n（一）新的事项。\n",
        encoding="utf-8",
    )
    code, _, err = run_cli(capsys, "laws", "import", text)
    assert code == 0, err
    law = default_library().find("行政许可法")
    assert law is not None and law.published == "2026-01-01" and law.level == "法律"
    assert [v.published for v in default_library().versions("行政许可法")] == ["2019-04-23", "2026-01-01"]
    code, out, _ = run_cli(capsys, "laws", "show", "行政许可法", "第十二条", "--json")
    assert json.loads(out)["text"] == "下列事项可以设定行政许可：\n（一）新的事项。"


def test_txt_import_refuses_what_is_not_a_law(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "通知.txt"
    empty.write_text("关于做好有关工作的通知\n各单位：请按要求办理。\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "laws", "import", empty)
    assert code == 2 and "找不到任何条文" in err and "Traceback" not in err
    code, _, err = run_cli(capsys, "laws", "import", tmp_path / "x.pdf")
    assert code == 2 and "只支持" in err
    assert not user_file().exists()  # nothing stored when a file is refused


def test_cli_show_and_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "laws", "search", "消防车通道", "--json")
    hits = json.loads(out)["hits"]
    assert code == 0 and hits and all("消防车通道" in h["text"] for h in hits)
    assert any(h["title"] == "中华人民共和国消防法" and h["article"] == "第二十八条" for h in hits)
    code, out, _ = run_cli(capsys, "laws", "show", "〈民法典〉", "第一千零四条")
    assert code == 0 and "自然人享有健康权" in out and "法律" in out
    code, _, err = run_cli(capsys, "laws", "show", "行政许可法", "第九百条")
    assert code == 2 and "没有第九百条" in err
    code, _, err = run_cli(capsys, "laws", "show", "不存在的法")
    assert code == 2 and "法规库中没有" in err


def test_a_cited_user_law_travels_with_the_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli(capsys, "laws", "import", make_docx(tmp_path / "消防条例.docx"))[0] == 0
    ws_path = tmp_path / "fire.qlist"
    assert run_cli(capsys, "init", ws_path, "--department", "克拉玛依市消防救援支队", "--region", "650200")[0] == 0
    with Workspace.open(ws_path) as ws:
        item = PowerItem(code="650200001CF00100", name="对单位未落实消防安全责任的处罚", category="行政处罚",
                         exercising_body="克拉玛依市消防救援支队", handling_unit="防火监督处",
                         bases=[LegalBasis("地方性法规", TITLE, "", "第五条", ART5)], status="待审核")
        create_items(ws, [item], source="test")
    (tmp_path / "usb").mkdir()
    code, out, err = run_cli(capsys, "export", ws_path, tmp_path / "usb", "--override-reason", "测试")
    assert code == 0, err
    folder = Path(out.strip().splitlines()[-1]) / "03_一件"
    copy = folder / "法规文本" / f"{TITLE}.md"
    assert (folder / f"{TITLE}.pdf").exists() and copy.exists()
    assert "【本清单引用】第五条" in "".join(pdf_text(folder / f"{TITLE}.pdf").split())

    monkeypatch.setenv("QLIST_DATA_DIR", str(tmp_path / "another-pc"))  # a PC that never saw the law
    assert default_library().find(TITLE) is None
    code, out, err = run_cli(capsys, "laws", "import", copy, "--json")
    assert code == 0, err
    law = default_library().find(TITLE)
    assert law is not None and law.level == "地方性法规" and law.published == "2021-09-29"
    assert [a.text for a in default_library().articles(law)][4] == ART5
