"""Benchmark of the responsibility list (责任清单): validating a 1,000-item workspace that holds 200 duties,
50 boundaries and 500 supervision measures (every rule: items, flowcharts and the list's).

Target (issue 17): `qlist validate` ≤ 3 s. Figures: the median of several runs of `validate_workspace` in this
process, and of the whole `qlist validate` command (a new process: start, open, validate, print).
Run: .venv/bin/python bench/bench_duties.py [-n 1000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate, timed

from qlist_desktop.domain.duties import (
    ASSIST,
    LEAD,
    Boundary,
    BoundaryParty,
    Duty,
    SupervisionMeasure,
    WorkItem,
    parse_frequency,
    parse_ratio,
)
from qlist_desktop.services.duties import DutyChanges, add_entries, duty_findings, load_list
from qlist_desktop.services.items import list_rows, load_items
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.workspace import Workspace


def add_list(path: Path, duties: int, boundaries: int, measures: int) -> None:
    """A responsibility list over the workspace's items: every item tied to a duty and to a measure."""
    with Workspace.open(path) as ws:
        codes = [r.code for r in list_rows(ws)]
        per_duty = -(-len(codes) // duties)
        per_measure = -(-len(codes) // measures)
        changes = DutyChanges()
        with ws.session() as s:
            work = [WorkItem(f"工作事项{k}", "某科", "0990-1") for k in range(3)]
            add_entries(s, "duties", [
                Duty(title=f"主要职责{n}", work_items=list(work), item_codes=codes[n * per_duty:(n + 1) * per_duty])
                for n in range(duties)], "bench", changes)
            parties = [BoundaryParty("甲局", LEAD, "负责甲"), BoundaryParty("乙局", ASSIST, "负责乙"),
                       BoundaryParty("丙局", ASSIST, "负责丙")]
            add_entries(s, "boundaries", [
                Boundary(matter=f"边界事项{n}", case="假如……各部门分工处置。" * 5, item_codes=codes[n:n + 3],
                         parties=list(parties)) for n in range(boundaries)], "bench", changes)
            add_entries(s, "supervision", [
                SupervisionMeasure(aspect="审批事项", matter=f"监管事项{n}", methods=["书面检查", "实地检查"],
                                   frequency=parse_frequency("每季度不少于1次"), ratio=parse_ratio("抽检率不少于10%"),
                                   item_codes=codes[n * per_measure:(n + 1) * per_measure]) for n in range(measures)],
                        "bench", changes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.qlist"
        generate(path, args.n)
        add_list(path, 200, 50, 500)
        with Workspace.open(path, readonly=True) as ws:
            counts = load_list(ws).counts()
            items = load_items(ws)
            rules_t = timed(lambda: duty_findings(ws, items), args.runs)
            validate_t = timed(lambda: validate_workspace(ws), args.runs)
            findings = validate_workspace(ws)
        qlist = Path(sys.executable).with_name("qlist")
        cli_t = timed(lambda: subprocess.run([str(qlist), "validate", str(path), "--json"], capture_output=True),
                       max(3, args.runs // 2))
    print(f"workspace: {args.n} items, " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"责任清单 rules only:        {rules_t * 1000:7.1f} ms")
    print(f"validate_workspace:         {validate_t * 1000:7.1f} ms   ({len(findings)} findings)")
    print(f"qlist validate (a process): {cli_t * 1000:7.1f} ms   (target ≤ 3000 ms)")


if __name__ == "__main__":
    main()
