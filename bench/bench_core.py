"""Benchmark of the core on a generated workspace: open, stats, validate, list rows, peak memory.

Targets on a 2-core machine (issue: foundation): open ≤ 0.5 s, validate ≤ 2 s, list rows ≤ 0.3 s,
peak memory ≤ 300 MB. Each figure is the median of several runs in this process.
Run: .venv/bin/python bench/bench_core.py [-n 10000]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate, timed

from qlist_desktop.services.items import list_rows, load_items
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.workspace import Workspace


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.qlist"
        start = time.perf_counter()
        generate(path, args.n)
        print(f"generate {args.n} items: {time.perf_counter() - start:.2f} s ({path.stat().st_size / 1e6:.1f} MB)")

        def open_close() -> None:
            Workspace.open(path).close()

        print(f"open:        {timed(open_close, args.runs) * 1000:7.1f} ms   (target ≤ 500 ms)")
        with Workspace.open(path, readonly=True) as ws:
            rows_t = timed(lambda: list_rows(ws), args.runs)
            stats_t = timed(lambda: Counter(r.category for r in list_rows(ws)), args.runs)
            load_t = timed(lambda: load_items(ws), args.runs)
            validate_t = timed(lambda: validate_workspace(ws), args.runs)
            findings = len(validate_workspace(ws))
        print(f"list rows:   {rows_t * 1000:7.1f} ms   (target ≤ 300 ms)")
        print(f"stats:       {stats_t * 1000:7.1f} ms")
        print(f"load items:  {load_t * 1000:7.1f} ms")
        print(f"validate:    {validate_t * 1000:7.1f} ms   (target ≤ 2000 ms; {findings} findings)")
        qlist = str(Path(sys.executable).with_name("qlist"))
        for command in ("stats", "validate"):
            whole = timed(lambda c=command: subprocess.run([qlist, c, str(path), "--json"], capture_output=True), 3)
            print(f"`qlist {command}` whole process: {whole * 1000:7.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:7.1f} MB   (target ≤ 300 MB)")


if __name__ == "__main__":
    main()
