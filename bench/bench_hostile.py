"""Time and peak memory of `qlist` on the heaviest hostile inputs of issue 13, each as a fresh process.

Targets (issue 13): every case ≤ 10 s and ≤ 300 MB, ending with exit 0, 1 or 2. Before the budgets the first
case hung, the merge cases took 2.0–2.4 GB (or died of MemoryError) and the shared strings 43 s and 1.28 GB.
Run: .venv/bin/python bench/bench_hostile.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile import (  # the generators the tests use
    export_base,
    feedback_rows,
    list_rows,
    make_base,
    row_xml,
    run_qlist_process,
    write_xlsx,
)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = make_base(root / "ws")
        bundle = export_base(ws, root / "out")
        bundle_id = json.loads((bundle / "manifest.json").read_text("utf-8"))["bundle_id"]
        files = root / "in"
        files.mkdir()
        cases: dict[str, Callable[[], list[str | Path]]] = {
            "cell at row 2,000,000,000": lambda: ["import", ws, write_xlsx(
                files / "a.xlsx", list_rows() + row_xml(2_000_000_000, ["x"]))],
            "60 merges of 199,980 cells": lambda: ["import", ws, write_xlsx(
                files / "b.xlsx", list_rows(),
                merges=[f"{chr(66 + n % 20)}{3 + n}:{chr(66 + n % 20)}{3 + n + 199_979}" for n in range(60)])],
            "review sheet, merge A3:ZZ1000000": lambda: ["import-review", ws, write_xlsx(
                files / "c.xlsx", feedback_rows(bundle_id), merges=["A3:ZZ1000000"]), "--dry-run"],
            "8,000,000 shared strings (136 MB)": lambda: ["import", ws, write_xlsx(
                files / "d.xlsx", list_rows(), shared=(b"<si><t>x</t></si>" * 100_000 for _ in range(80)))],
            "vocabulary nested 100,000 deep": lambda: ["vocab", ws, "--load", _deep(files / "e.json")],
        }
        print(f"{'case':38} {'exit':>4} {'seconds':>8} {'peak MB':>8}")
        for name, build in cases.items():
            result = run_qlist_process(*build())
            print(f"{name:38} {result.code:>4} {result.seconds:>8.2f} {result.peak_mb:>8.0f}")


def _deep(path: Path) -> Path:
    path.write_text('{"category": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
