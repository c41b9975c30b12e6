"""Generate a realistic N-item workspace for benchmarks (demo items varied over every category)."""

from __future__ import annotations

import argparse
import copy
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from qlist_desktop.domain.codes import CodeScheme, build_code
from qlist_desktop.domain.vocab import default_vocabularies
from qlist_desktop.services.demo import DEPARTMENT, demo_items
from qlist_desktop.services.items import create_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace


def timed(fn: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls of `fn`, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def generate(path: Path, n: int, batch: int = 1000) -> Path:
    """A new workspace at `path` with `n` items: demo items repeated with new codes, names and categories."""
    templates = demo_items()
    categories = default_vocabularies().terms["category"]
    scheme = CodeScheme()
    with Workspace.create(path) as ws:
        initialise(ws, DEPARTMENT)
        pending = []
        for i in range(n):
            item = copy.deepcopy(templates[i % len(templates)])
            term = categories[i % len(categories)]
            item.category = term.label
            item.code = build_code(scheme, DEPARTMENT.region_code, DEPARTMENT.code, term.code, i // len(categories) + 1)
            item.name = f"{item.name}（第{i + 1}项）"
            pending.append(item)
            if len(pending) == batch:
                create_items(ws, pending, source="bench")
                pending = []
        if pending:
            create_items(ws, pending, source="bench")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="生成基准测试用工作区")
    parser.add_argument("workspace", type=Path)
    parser.add_argument("-n", type=int, default=10_000)
    args = parser.parse_args()
    generate(args.workspace, args.n)
    print(args.workspace)


if __name__ == "__main__":
    main()
