#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, then lint (ruff) and type-check (mypy).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
.venv/bin/ruff check .
.venv/bin/mypy
