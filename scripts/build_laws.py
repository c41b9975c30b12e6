"""Build the law library shipped with the app: resources/laws/library.sqlite.xz from ../shared/laws/.

Usage: python scripts/build_laws.py [SOURCE_DIR] [OUT_FILE]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from qlist_desktop.laws.build import build

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "laws"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "resources" / "laws" / "library.sqlite.xz"
    start = time.perf_counter()
    info = build(source, out)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB, {info['laws']} laws, {info['articles']} articles, "
          f"version {info['version']}, built in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
