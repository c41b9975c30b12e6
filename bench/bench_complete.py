"""Benchmark: an imported 1,000-item list (no codes, no charts) completed, then one field filled down over all items.

The list is the real Karamay workbooks' items repeated to the size (as imported: empty or `/` codes, no charts).
Run: .venv/bin/python bench/bench_complete.py [ITEMS]
Targets: `qlist complete` on 1,000 items ≤ 5 s (whole process); fill-down over 1,000 items ≤ 1 s.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qlist_desktop.domain.items import Department
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.importing.plan import read_files
from qlist_desktop.services.bulk_edit import set_many
from qlist_desktop.services.items import create_items, load_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "karamay"


def imported_list(path: Path, n: int) -> None:
    """A workspace holding `n` items as the importer makes them from the real workbooks."""
    parsed = [p.item for f in read_files(sorted(FIXTURES.glob("*.xls*")), default_vocabularies()) for p in f.items]
    items = []
    for i in range(n):
        item = copy.deepcopy(parsed[i % len(parsed)])
        item.name = f"{item.name}（第{i // len(parsed) + 1}批）" if i >= len(parsed) else item.name
        items.append(item)
    with Workspace.create(path) as ws:
        initialise(ws, Department(name="克拉玛依市某局", code="301", region_code="650200"))
        create_items(ws, items, source="bench")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "imported.qlist"
        imported_list(path, n)
        qlist = Path(sys.executable).with_name("qlist")
        start = time.perf_counter()
        done = subprocess.run([str(qlist), "complete", str(path)], capture_output=True, text=True, check=False)
        complete = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(done.stderr)
        with Workspace.open(path) as ws:
            ids = [i.key for i in load_items(ws)]
            start = time.perf_counter()
            outcome = set_many(ws, {i: {"complaint_channel": "监督投诉电话：0990-12345"} for i in ids}, "bench")
            fill = time.perf_counter() - start
    print(f"{n} imported items: {done.stdout.strip().splitlines()[-1]}")
    print(f"qlist complete (whole process): {complete:.2f} s (target ≤ 5 s)")
    print(f"fill-down of one field over {len(outcome.applied)} items, one transaction: {fill * 1000:.0f} ms "
          "(target ≤ 1 s)")


if __name__ == "__main__":
    main()
