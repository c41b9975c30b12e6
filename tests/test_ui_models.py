"""Every item model of the workbench passes qtmodeltester, also while it changes."""

from __future__ import annotations

import pytest

from qlist_desktop.domain.items import Department, LegalBasis, PowerItem, Responsibility
from qlist_desktop.services.items import create_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.findings import FindingsModel
from qlist_desktop.ui.item_model import (
    COL_CODE,
    COL_VALIDATION,
    ITEM_ROLE,
    ItemFilterProxy,
    ItemTableModel,
    RecycleBinModel,
)
from qlist_desktop.ui.sub_tables import BasisTableModel, ResponsibilityTableModel
from qlist_desktop.ui.workbench import Workbench


@pytest.fixture
def bench(qapp, tmp_path):
    ws = Workspace.create(tmp_path / "m.qlist")
    initialise(ws, Department("某县统计局", "101", "650203"))
    create_items(ws, [
        PowerItem(code="650203101CF00100", name="对统计违法行为的行政处罚", category="行政处罚",
                  bases=[LegalBasis("法律", "中华人民共和国统计法", "", "第三十七条")],
                  exercising_body="某县统计局", handling_unit="执法科"),
        PowerItem(code="650203101JC00100", name="统计执法检查", category="行政检查", exercising_body="某县统计局"),
        PowerItem(code="650203101JC00200", name="统计执法检查", sub_name="", category="行政检查"),
    ])
    workbench = Workbench(ws)
    yield workbench
    ws.close()


def test_item_model_and_proxy(qtmodeltester, bench):
    model = ItemTableModel(bench)
    qtmodeltester.check(model)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_VALIDATION)
    qtmodeltester.check(proxy)
    first = model.ids[0]
    # Precise signals: a changed item emits dataChanged for its row only.
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    bench.set_fields(first, {"name": "对统计违法行为的行政处罚（改）"})
    assert changed == [(0, 0)]
    assert model.data(model.index(0, 1)) == "对统计违法行为的行政处罚（改）"
    new = bench.new_item("行政许可")
    assert model.rowCount() == 4 and model.data(model.index(3, 0), ITEM_ROLE) == new
    proxy.set_filters(search="统计法")
    assert proxy.rowCount() == 1
    bench.delete([first])
    assert proxy.rowCount() == 0 and model.rowCount() == 3
    proxy.set_filters(search="")
    qtmodeltester.check(proxy)
    qtmodeltester.check(model)


def test_duplicate_names_update_both_rows(bench):
    model = ItemTableModel(bench)
    twins = [i for i in model.ids if bench.peek(i).name == "统计执法检查"]
    assert all(model.rows[i].errors for i in twins)  # duplicate name: an error on both
    bench.set_fields(twins[1], {"sub_name": "专项检查"})
    assert model.data(model.index(model.row_of(twins[0]), COL_CODE)) == bench.peek(twins[0]).code
    assert not any(f.rule == "duplicate-name" for f in bench.live.state(twins[0]).findings)


def test_recycle_bin_and_findings_models(qtmodeltester, bench):
    bench.delete([bench.item_ids()[0]])
    recycle = RecycleBinModel()
    recycle.reset(bench.deleted_rows())
    assert recycle.rowCount() == 1
    qtmodeltester.check(recycle)
    findings = FindingsModel()
    findings.set_findings(bench.live.all_findings())
    assert findings.rowCount() > 0
    qtmodeltester.check(findings)


def test_sub_table_models(qtmodeltester, qapp):
    bases = BasisTableModel()
    bases.set_rows([LegalBasis("法律", "中华人民共和国统计法", "", "第三十七条"), LegalBasis(title="统计法实施条例")])
    qtmodeltester.check(bases)
    assert bases.setData(bases.index(1, 0), "行政法规")
    assert bases.values()[1].level == "行政法规"
    assert bases.move(1, -1) and bases.values()[0].title == "统计法实施条例"
    qtmodeltester.check(bases)
    stages = ResponsibilityTableModel()
    stages.set_rows([Responsibility("受理", "依法受理"), Responsibility("审查", "")])
    qtmodeltester.check(stages)
    stages.remove([0])
    assert [r.stage for r in stages.values()] == ["审查"]
