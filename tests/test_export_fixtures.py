"""Building workspaces for the export tests (imported by test_export_*.py, test_verify*.py, test_ui_export*.py)."""

from __future__ import annotations

from pathlib import Path

from qlist_desktop.domain.items import LegalBasis, PowerItem, Responsibility
from qlist_desktop.services.attachments import add_attachment_bytes
from qlist_desktop.services.demo import create_demo
from qlist_desktop.services.flowcharts import create_chart_from_template
from qlist_desktop.services.items import create_items, list_rows, load_items, update_item
from qlist_desktop.storage.workspace import Workspace

FORMULA_NAME = "=HYPERLINK(\"http://x\",\"点我\")"
BASIS_DOC = b"%PDF-1.4\n% not a real law, just bytes to carry\n"
CHARTED = 3


def formula_item() -> PowerItem:
    """An item whose texts look like spreadsheet formulas: they must stay text."""
    return PowerItem(
        code="999001017QT00900", name="对公式形式名称事项的其他行政权力", sub_name=FORMULA_NAME,
        category="其他行政权力",
        bases=[LegalBasis("法律", "中华人民共和国行政许可法", "", "第十二条", "下列事项可以设定行政许可")],
        exercising_body="示范县市场监督管理局", handling_unit="综合科", handling_post="@综合岗",
        responsible_person="王五", remarks="+1 -2 =3", complaint_channel="12315",
        responsibilities=[Responsibility("其他", "依法办理", "")], accountability_subjects="承办人员",
        accountability_situations="不依法履职", status="待审核",
    )


def build_workspace(path: Path) -> Path:
    """The demo workspace plus a formula-like item, an attached basis document and a few charts."""
    create_demo(path)
    with Workspace.open(path) as ws:
        create_items(ws, [formula_item()], source="test")
        first = load_items(ws)[0]
        doc = add_attachment_bytes(ws, "food-law.pdf", BASIS_DOC)
        bases = [LegalBasis(**{**vars(b), "document_sha256": doc.sha256 if n == 0 else ""})
                 for n, b in enumerate(first.bases)]
        update_item(ws, first.id, {"bases": bases}, source="test")
        for row in list_rows(ws)[:CHARTED]:
            create_chart_from_template(ws, row.id)
    return path
