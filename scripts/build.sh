#!/usr/bin/env bash
# Build the one-folder application dist/qlist-desktop/ (programs qlist-desktop and qlist) from build.spec.
# Installs PyInstaller into .venv when it is missing. DIST_DIR and WORK_DIR change the output folder
# (default dist) and PyInstaller's work folder (default build/pyinstaller); the packaging test uses them.
# Linux only: on Windows run PyInstaller by hand (docs/packaging.md).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
fi
dist=${DIST_DIR:-dist}
work=${WORK_DIR:-build/pyinstaller}
start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" build.spec
app="$dist/qlist-desktop"
"$app/qlist" --version >/dev/null  # the frozen program starts
echo "Built $app in $(( $(date +%s) - start )) s, $(du -sh "$app" | cut -f1): $app/qlist-desktop, $app/qlist"
