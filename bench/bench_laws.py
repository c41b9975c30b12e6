"""Benchmark of the law library: size, build, open, validation with the basis checks, lookup while typing.

Targets (issue 14): validate 10,000 items with the basis checks ≤ 3 s; lookup while typing p95 ≤ 30 ms.
Run: .venv/bin/python bench/bench_laws.py [-n 10000] [--build]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from qlist_desktop.domain.rules import validate_items
from qlist_desktop.laws import files
from qlist_desktop.laws.build import build
from qlist_desktop.laws.review import BasisReviewer
from qlist_desktop.services.items import load_items
from qlist_desktop.services.settings import get_code_scheme, get_vocabularies
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.workspace import Workspace
from qlist_desktop.ui.law_panel import basis_note, title_suggestions

ROOT = Path(__file__).resolve().parent.parent


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)] if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="also time a build from ../shared/laws")
    args = parser.parse_args()
    shipped = files.shipped_file()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QLIST_CACHE_DIR"] = str(Path(tmp) / "cache")
        os.environ["QLIST_DATA_DIR"] = str(Path(tmp) / "data")
        if args.build:
            start = time.perf_counter()
            info = build(ROOT.parent / "shared" / "laws", Path(tmp) / "library.sqlite.xz")
            took = time.perf_counter() - start
            print(f"build:            {took:7.1f} s    ({info['laws']} laws, {info['articles']} articles)")
        print(f"shipped file:     {shipped.stat().st_size / 1e6:7.1f} MB   ({shipped.name})")
        start = time.perf_counter()
        library = files.default_library()
        took = time.perf_counter() - start
        print(f"first open:       {took * 1000:7.0f} ms   (unpack once + index of {len(library.laws)} laws)")
        files._default.clear()
        start = time.perf_counter()
        files.default_library()
        print(f"open (unpacked):  {(time.perf_counter() - start) * 1000:7.0f} ms")

        path = Path(tmp) / "bench.qlist"
        generate(path, args.n)
        with Workspace.open(path, readonly=True) as ws:
            items = load_items(ws)
            vocab, scheme = get_vocabularies(ws), get_code_scheme(ws)
            whole = []
            for _ in range(args.runs):
                files._reviewers.clear()  # a cold cache: every basis reviewed again
                start = time.perf_counter()
                findings = validate_workspace(ws, items)
                whole.append(time.perf_counter() - start)
        bases = sum(len(i.bases) for i in items)
        basis_findings = sum(1 for f in findings if f.rule.startswith("basis-"))
        print(f"validate {args.n} items, all rules incl. basis checks: {statistics.median(whole) * 1000:7.0f} ms "
              f"(target ≤ 3000 ms; {bases} bases, {basis_findings} basis findings)")
        distinct = [replace(i, bases=[replace(b, article_text=f"{b.article_text}（{n}）") for b in i.bases])
                    for n, i in enumerate(items)]
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            validate_items(distinct, vocab, scheme, BasisReviewer(files.default_library()))
            times.append(time.perf_counter() - start)
        print(f"validate {args.n} items, every basis text distinct (no cache hits): "
              f"{statistics.median(times) * 1000:7.0f} ms")

        titles = sorted({b.title for i in items for b in i.bases if b.title})
        used = titles[:50]
        keystrokes, notes = [], []
        for law in files.default_library().laws[::5]:
            for k in range(1, min(len(law.title), 12) + 1):
                start = time.perf_counter()
                title_suggestions(law.title[:k], used)
                keystrokes.append(time.perf_counter() - start)
        sample = [b for i in items[:2000] for b in i.bases]
        for basis in sample:
            for k in range(1, len(basis.article) + 1):
                typed = replace(basis, article=basis.article[:k])
                files._reviewers.clear()
                start = time.perf_counter()
                basis_note(typed)
                notes.append(time.perf_counter() - start)
        print(f"title completion per keystroke: p95 {p95(keystrokes) * 1000:5.1f} ms, "
              f"median {statistics.median(keystrokes) * 1000:5.1f} ms ({len(keystrokes)} keystrokes; target ≤ 30 ms)")
        print(f"article text beside a basis per keystroke (reviewer cache cold): p95 {p95(notes) * 1000:5.1f} ms, "
              f"median {statistics.median(notes) * 1000:5.1f} ms ({len(notes)} keystrokes)")


if __name__ == "__main__":
    main()
