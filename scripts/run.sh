#!/usr/bin/env bash
# Set up (if needed), create the demo workspace on first run, and start the app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
demo=${QLIST_DEMO:-demo.qlist}
[ -f "$demo" ] || .venv/bin/qlist demo "$demo"
exec .venv/bin/qlist-desktop "$demo" "$@"
