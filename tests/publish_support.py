"""Shared by the publish tests: building published workspaces and reading their output back."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest

from qlist_desktop.domain.flowchart import linear_chart
from qlist_desktop.domain.items import LegalBasis
from qlist_desktop.publish.run import PublishOptions, publish
from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.flowcharts import save_chart
from qlist_desktop.services.items import find_by_code, update_item
from qlist_desktop.storage.workspace import Workspace

BASE_URL = "https://www.example.gov.cn/qlist/"
SECRET_CODE = "999001017JC00300"  # the demo's item that may not be published (不宜公开)
# Texts only the non-public item carries: none of them may appear in any output file.
SECRETS = ("对涉密单位计量器具使用情况的监督检查", SECRET_CODE, "检查对象及检查内容涉及国家秘密",
           "涉密计量核查步骤甲", "涉密单位保密计量管理办法", "保密计量条款原文乙", "涉密专题丙")


def demo_with_secrets(path: Path) -> Path:
    """The demo, its non-public item given a chart, a basis and a topic of its own to look for in the output."""
    create_demo(path)
    with Workspace.open(path) as ws:
        secret = find_by_code(ws, SECRET_CODE)
        bases = [*secret.bases, LegalBasis("部门规章", "涉密单位保密计量管理办法", "", "第三条", "保密计量条款原文乙")]
        update_item(ws, secret.key, {"bases": bases, "topics": ["涉密专题丙"]}, source="test")
        save_chart(ws, secret.key, linear_chart(["申请", "涉密计量核查步骤甲", "办结"]), source="test")
    return path


def output_texts(root: Path) -> dict[str, str]:
    """Every output file as text: UTF-8 files as they are; PDFs as pdftotext reads them with all white space
    removed (a name wrapped over two lines is found whole), followed by their raw bytes."""
    texts = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        data = path.read_bytes()
        if path.suffix == ".pdf":
            text = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                                  check=True).stdout.decode("utf-8")
            texts[rel] = re.sub(r"\s+", "", text) + data.decode("latin-1")
        else:
            texts[rel] = data.decode("utf-8")
    return texts


def parse_strict(data: bytes) -> object:
    """The page's tree; html5lib in strict mode raises on the first parse error."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(data)


def internal_links(page: Path, root: Path) -> list[tuple[str, Path, str]]:
    """(link, file it names, fragment) for every href/src of a page that stays inside the site."""
    tree = parse_strict(page.read_bytes())
    found = []
    for element in tree.iter():  # type: ignore[attr-defined]
        for attr in ("href", "src"):
            link = element.get(attr)
            if not link or re.match(r"^(tel:|mailto:|https?:)", link):
                continue
            parts = urlsplit(link)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            found.append((link, target, parts.fragment))
    return found


def ids_of(page: Path) -> set[str]:
    tree = parse_strict(page.read_bytes())
    return {e.get("id") for e in tree.iter() if e.get("id")}  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo (with a non-public item full of findable texts) published once for the session."""
    tmp = tmp_path_factory.mktemp("publish")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QLIST_CACHE_DIR", str(tmp / "cache"))
        ws_path = demo_with_secrets(tmp / "demo.qlist")
        with Workspace.open(ws_path) as ws:
            publish(ws, tmp / "site", PublishOptions(base_url=BASE_URL))
    return ws_path, tmp / "site"
