"""公开运行: `qlist publish` on the demo and on a real imported list — the site, the cards, the editions.

Everything is read back with independent tools: html5lib (strict) for every page, pdftotext for the PDFs,
pdftoppm + zbarimg for the QR codes, sha256sum for the checksums.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from conftest import FIXTURES
from helpers import run_cli
from publish_support import (
    BASE_URL,
    SECRETS,
    ids_of,
    internal_links,
    output_texts,
    parse_strict,
)

from qlist_desktop.export.manifest import verify_bundle
from qlist_desktop.publish.summary import text
from qlist_desktop.services.flowcharts import create_chart_from_template, get_chart
from qlist_desktop.services.items import list_rows, load_items
from qlist_desktop.storage.workspace import Workspace

FIRE = FIXTURES / "克拉玛依市2025年消防监督执法权责清单.xlsx"


def public_items(ws_path: Path) -> list:
    with Workspace.open(ws_path, readonly=True) as ws:
        return [i for i in load_items(ws) if i.is_public]


def test_every_public_item_has_a_page_and_a_card(published: tuple[Path, Path]) -> None:
    ws_path, site = published
    codes = {i.code for i in public_items(ws_path)}
    assert len(codes) == 19
    assert {p.stem for p in (site / "items").glob("*.html")} == codes
    assert {p.stem for p in (site / "单项版").glob("*.pdf")} == codes
    assert {p.stem for p in (site / "items").glob("*.svg")} == codes  # the demo's public items all have charts


def test_the_non_public_item_is_in_no_output_file(published: tuple[Path, Path]) -> None:
    _ws, site = published
    texts = output_texts(site)
    assert len(texts) > 60
    everything = "\n".join(texts.values())
    # The scan can find things: public texts are there, in pages, PDFs and the search data.
    assert "食品经营许可" in texts["index.html"] + texts["assets/search-index.js"]
    assert "食品经营许可" in texts["实用版.pdf"]
    assert "对未取得食品生产经营许可从事食品生产经营活动的行政处罚" in texts["单项版/999001017CF00100.pdf"]
    for secret in SECRETS:
        leaks = [name for name, body in texts.items() if secret in body]
        assert not leaks, f"“{secret}” found in {leaks}"
    assert "JC00300" not in everything


def test_every_page_parses_and_every_internal_link_resolves(published: tuple[Path, Path]) -> None:
    _ws, site = published
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 19 + 1 + 1 + 1
    checked = 0
    for page in pages:
        parse_strict(page.read_bytes())
        for link, target, fragment in internal_links(page, site):
            assert target.is_file(), f"{page.relative_to(site)}: {link} leads nowhere"
            assert site.resolve() in target.parents, f"{link} leaves the site"
            if fragment and target.suffix == ".html":
                assert fragment in ids_of(target), f"{page.relative_to(site)}: #{fragment} is not on {target.name}"
            checked += 1
    assert checked > 400


def test_pages_are_chinese_semantic_and_self_contained(published: tuple[Path, Path]) -> None:
    _ws, site = published
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert '<html lang="zh-CN">' in html
        assert html.count("<h1>") == 1 and "<main id=\"main\">" in html
        assert not re.search(r"(src|href)=\"(https?:)?//", html), f"{page.name} loads something from outside"
    css = (site / "assets/site.css").read_text(encoding="utf-8")
    assert "@media print" in css and "@font-face" not in css and "url(" not in css


def test_item_page_shows_bases_chart_duties_and_tel_links(published: tuple[Path, Path]) -> None:
    ws_path, site = published
    item = next(i for i in public_items(ws_path) if i.code == "999001017XK00101")
    html = (site / "items/999001017XK00101.html").read_text(encoding="utf-8")
    for basis in item.bases:
        assert basis.title in html and basis.article_text[:20] in html
    for duty in item.responsibilities:
        assert duty.content[:15] in html
    assert item.accountability_situations.splitlines()[0][:15] in html
    assert '<img src="999001017XK00101.svg"' in html
    assert 'href="tel:099012315"' in html and 'href="tel:09906231001"' in html
    assert 'href="../%E5%8D%95%E9%A1%B9%E7%89%88/999001017XK00101.pdf"' in html  # 单项版/…
    svg = (site / "items/999001017XK00101.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Noto Sans CJK SC" in svg


def test_search_index_and_counts_hold_public_items_only(published: tuple[Path, Path]) -> None:
    ws_path, site = published
    raw = (site / "assets/search-index.js").read_text(encoding="utf-8")
    data = json.loads(raw.removeprefix("window.QLIST_INDEX = ").rstrip().removesuffix(";"))
    items = public_items(ws_path)
    assert sorted(row[1] for row in data["items"]) == sorted(i.code for i in items)
    assert "涉密专题丙" not in data["topics"] and "食品安全" in data["topics"]
    home = (site / "index.html").read_text(encoding="utf-8")
    inspections = sum(1 for i in items if i.category == "行政检查")
    assert f'行政检查<span class="n">{inspections}</span>' in home  # 2 public of the demo's 3 inspections


def test_manifest_and_checksums_verify(published: tuple[Path, Path]) -> None:
    _ws, site = published
    assert verify_bundle(site) == []
    check = subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=site, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["kind"] == "publication" and manifest["base_url"] == BASE_URL and manifest["items"] == 19


def test_a_cards_qr_code_is_the_items_address(published: tuple[Path, Path], tmp_path: Path) -> None:
    _ws, site = published
    card = site / "单项版/999001017XK00200.pdf"
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(card), str(tmp_path / "card")], check=True)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "card.png")], capture_output=True, text=True,
                             check=True).stdout.strip()
    assert decoded == BASE_URL + "items/999001017XK00200.html"
    assert (site / decoded.removeprefix(BASE_URL)).is_file()
    card_text = subprocess.run(["pdftotext", str(card), "-"], capture_output=True, text=True, check=True).stdout
    assert decoded in card_text.replace("\n", "")  # the address is printed under the code too
    for words in ("能办什么", "要什么条件", "多久办结", "收不收费", "找谁投诉", "特种设备使用登记", "办理流程（简图"):
        assert words in card_text
    with Workspace.open(published[0], readonly=True) as ws:
        item = next(i for i in load_items(ws) if i.code == "999001017XK00200")
        steps = [s.name for s in get_chart(ws, item.key).steps]
    flat = re.sub(r"\s+", "", card_text)
    assert all(name in flat for name in steps)  # the chart in miniature: every step, drawn from the chart
    pages = subprocess.run(["pdfinfo", str(card)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", pages) and "419.528 x 595.276" in pages  # one A5 page
    fonts = subprocess.run(["pdffonts", str(card)], capture_output=True, text=True, check=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # embedded


def test_topic_and_guide_editions(published: tuple[Path, Path]) -> None:
    ws_path, site = published
    items = public_items(ws_path)
    food = subprocess.run(["pdftotext", str(site / "专题版/食品安全.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", "")
    for item in items:
        assert (item.full_name in food) == ("食品安全" in item.topics), item.full_name
    guide = subprocess.run(["pdftotext", str(site / "实用版.pdf"), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "企业" in guide and "收不收费" in guide and "找谁投诉" in guide
    assert all(i.full_name in guide.replace("\n", "") for i in items)
    topic_page = next(p for p in (site / "topics").glob("topic-*.html") if "专题：食品安全" in p.read_text("utf-8"))
    assert sum(1 for i in items if "食品安全" in i.topics) == topic_page.read_text("utf-8").count('class="plain"')


def test_real_fire_list_published_after_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "fire.qlist"
    assert run_cli(capsys, "init", ws, "--department", "克拉玛依市消防救援支队", "--region", "650200")[0] == 0
    assert run_cli(capsys, "import", ws, FIRE)[0] == 0
    with Workspace.open(ws) as w:
        rows = list_rows(w)
        for row in rows[:3]:
            create_chart_from_template(w, row.id)
    codes = [r.code for r in rows]
    named = [r for r in rows if re.fullmatch(r"[0-9A-Z]{10,}", r.code) and codes.count(r.code) == 1]
    hidden, tagged = named[5], named[6:9]
    assert run_cli(capsys, "set", ws, hidden.code, "is_public=否")[0] == 0
    code, out, _err = run_cli(capsys, "set", ws, ",".join(r.code for r in tagged), "topics=消防安全、安全生产")
    assert code == 0 and out.count("已修改【专题】") == 3
    code, out, err = run_cli(capsys, "publish", ws, tmp_path / "site", "--base-url", "https://fire.example.cn/",
                             "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["items"] == len(rows) - 1 and result["withheld"] == 1 and result["charts"] == 3
    assert result["total_bytes"] == sum(p.stat().st_size for p in (tmp_path / "site").rglob("*") if p.is_file())
    site = tmp_path / "site"
    pages = list((site / "items").glob("*.html"))
    assert len(pages) == len(rows) - 1  # codes '/' and duplicates get item-<id> pages, none is lost
    without_chart = [p for p in pages if text("no_chart") in p.read_text("utf-8")]
    assert len(without_chart) == len(rows) - 1 - 3
    card = site / "单项版" / f"{without_chart[0].stem}.pdf"
    card_text = subprocess.run(["pdftotext", str(card), "-"], capture_output=True, text=True, check=True).stdout
    assert text("no_chart") in re.sub(r"\s+", "", card_text)
    for page in site.rglob("*.html"):
        parse_strict(page.read_bytes())
        for link, target, _fragment in internal_links(page, site):
            assert target.is_file(), f"{page.name}: {link}"
    everything = output_texts(site)
    hidden_name = hidden.name if not hidden.sub_name else f"{hidden.name}（{hidden.sub_name}）"
    assert not [n for n, body in everything.items() if hidden.code in body]
    assert not [n for n, body in everything.items() if hidden_name in body and
                not any(hidden_name in r.name for r in rows if r.id != hidden.id)]
    topic_pdfs = sorted(p.name for p in (site / "专题版").iterdir())
    assert topic_pdfs == ["安全生产.pdf", "消防安全.pdf"]


def test_publish_refuses_a_foreign_folder_and_replaces_its_own(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "demo.qlist"
    run_cli(capsys, "demo", ws)
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("not ours")
    code, _out, err = run_cli(capsys, "publish", ws, other, "--no-charts", "--quiet")
    assert code == 2 and "不是空的" in err and "Traceback" not in err
    assert (other / "keep.txt").read_text() == "not ours"
    code, _out, err = run_cli(capsys, "publish", ws, tmp_path / "s", "--base-url", "www.example.cn")
    assert code == 2 and "http://" in err
    code, out, _err = run_cli(capsys, "publish", ws, tmp_path / "s", "--no-charts", "--quiet")
    assert code == 0 and out.strip().endswith(str(tmp_path / "s")) and "未指定 --base-url" in _err
    (tmp_path / "s" / "items" / "stale.html").write_text("old")
    assert run_cli(capsys, "publish", ws, tmp_path / "s", "--no-charts", "--quiet")[0] == 0
    assert not (tmp_path / "s" / "items" / "stale.html").exists()
    assert verify_bundle(tmp_path / "s") == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left behind


def test_topics_field_set_validated_and_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "demo.qlist"
    run_cli(capsys, "demo", ws)
    code, _out, err = run_cli(capsys, "set", ws, "999001017XK00200", "topics=不存在的专题")
    assert code == 2 and "【专题】不接受“不存在的专题”" in err
    code, _out, err = run_cli(capsys, "set", ws, "999001017XK00200,NOPE", "topics=住房")
    assert code == 2 and "NOPE" in err
    code, out, _err = run_cli(capsys, "show", ws, "999001017XK00200", "--json")
    assert json.loads(out)["topics"] == ["安全生产"]  # nothing was written by the refused bulk edit
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "事项名称", "权力类型", "实施依据", "专题"])
    sheet.append([1, "一般建设工程消防验收", "行政许可", "【法律】《中华人民共和国消防法》第十三条",
                  "建设工程、消防安全"])
    book.save(tmp_path / "list.xlsx")
    fresh = tmp_path / "fresh.qlist"
    run_cli(capsys, "init", fresh, "--department", "测试局", "--region", "650200")
    assert run_cli(capsys, "import", fresh, tmp_path / "list.xlsx")[0] == 0
    with Workspace.open(fresh, readonly=True) as w:
        assert load_items(w)[0].topics == ["建设工程", "消防安全"]


def test_an_old_workspace_gains_topics_and_the_topic_vocabulary(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.qlist"
    shutil.copy(Path(__file__).parent / "data" / "workspace-v0001.qlist", old)
    Workspace.open(old).close()  # opened for writing once: migrated to the head
    code, out, _err = run_cli(capsys, "vocab", old)
    assert code == 0 and "企业开办" in out
    first = json.loads(run_cli(capsys, "list", old, "--json")[1])[0]["code"]
    assert run_cli(capsys, "set", old, first, "topics=企业开办")[0] == 0
    assert json.loads(run_cli(capsys, "show", old, first, "--json")[1])["topics"] == ["企业开办"]


def test_cards_are_cached_and_only_changed_items_drawn_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("QLIST_CACHE_DIR", str(tmp_path / "cache"))
    ws = tmp_path / "demo.qlist"
    run_cli(capsys, "demo", ws)
    assert run_cli(capsys, "publish", ws, tmp_path / "a", "--no-charts", "--quiet")[0] == 0
    cached = sorted((tmp_path / "cache" / "publish").rglob("*"))
    assert len([p for p in cached if p.is_file()]) == 19
    assert run_cli(capsys, "set", ws, "999001017XK00200", "promised_time_limit=7")[0] == 0
    assert run_cli(capsys, "publish", ws, tmp_path / "b", "--no-charts", "--quiet")[0] == 0
    assert len([p for p in (tmp_path / "cache" / "publish").rglob("*") if p.is_file()]) == 20
    changed = [p.name for p in (tmp_path / "a" / "单项版").iterdir()
               if p.read_bytes() != (tmp_path / "b" / "单项版" / p.name).read_bytes()]
    assert changed == ["999001017XK00200.pdf"]
    text_b = subprocess.run(["pdftotext", str(tmp_path / "b/单项版/999001017XK00200.pdf"), "-"], capture_output=True,
                            text=True, check=True).stdout
    assert "承诺 7 个工作日" in text_b


def test_many_cards_are_drawn_by_worker_processes_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The process pool (used from 300 items on) writes the same files as drawing in this process."""
    import qlist_desktop.publish.run as run

    ws = tmp_path / "demo.qlist"
    run_cli(capsys, "demo", ws)
    monkeypatch.setenv("QLIST_CACHE_DIR", str(tmp_path / "cache-a"))
    assert run_cli(capsys, "publish", ws, tmp_path / "here", "--no-charts", "--quiet")[0] == 0
    monkeypatch.setenv("QLIST_CACHE_DIR", str(tmp_path / "cache-b"))
    monkeypatch.setattr(run, "PROCESS_MIN_CARDS", 1)
    monkeypatch.setattr(run, "CARD_BATCH", 4)
    progress: list[str] = []
    with Workspace.open(ws, readonly=True) as w:
        result = run.publish(w, tmp_path / "pool", run.PublishOptions(charts=False),
                             lambda done, total, message: progress.append(message))
    assert sum(m.startswith("单项版") for m in progress) == 5  # 19 cards in batches of 4, each a worker task
    assert (tmp_path / "pool" / "SHA256SUMS").read_bytes() == (tmp_path / "here" / "SHA256SUMS").read_bytes()
    assert result.cards == 19 and verify_bundle(tmp_path / "pool") == []
