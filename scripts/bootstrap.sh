#!/usr/bin/env bash
# Install what URFlow's make targets need, only what is missing:
#   1. QGIS (>= 3.22) with its Python bindings, from the distribution's packages;
#   2. Qt's lrelease (compiles translations) from the same place, and poppler's pdftoppm
#      (the atlas tests render PDF pages with it; without it they use GDAL's PDF driver);
#   3. .venv: a venv over the Python that sees PyQGIS, with pytest, pytest-qgis and ruff,
#      numpy/scipy pinned to that Python's own versions so pip never shadows them.
# Usage: scripts/bootstrap.sh [qgis|venv]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
QGIS_PY="${URFLOW_PYTHON:-/usr/bin/python3}"
what="${1:-all}"

have_qgis() { [ -x "$QGIS_PY" ] && QT_QPA_PLATFORM=offscreen "$QGIS_PY" -c "import qgis.core" >/dev/null 2>&1; }
have_lrelease() { command -v lrelease >/dev/null 2>&1 || [ -x /usr/lib/qt5/bin/lrelease ]; }
have_cjk_font() { ! command -v fc-list >/dev/null 2>&1 || fc-list :lang=zh | grep -q .; }
have_pdftoppm() { command -v pdftoppm >/dev/null 2>&1; }

install_qgis() {
  if have_qgis && have_lrelease && have_cjk_font; then return 0; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<MSG
URFlow: QGIS with Python bindings was not found for $QGIS_PY, and this is not a Debian/Ubuntu
system, so it cannot be installed automatically. Install QGIS >= 3.22 with its Python bindings
(Linux: your distribution's qgis and python3-qgis packages; macOS/Windows: the QGIS installer or
OSGeo4W) and Qt's lrelease, then run again with URFLOW_PYTHON=/path/to/the/python/that/imports/qgis.
MSG
    exit 1
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "URFlow: installing QGIS and Qt tools from the distribution's packages (needs a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq qgis python3-qgis qttools5-dev-tools pyqt5-dev-tools fonts-noto-cjk >/dev/null
  have_qgis || { echo "URFlow: QGIS was installed but '$QGIS_PY -c \"import qgis.core\"' still fails." >&2; exit 1; }
}

install_pdftoppm() {
  if have_pdftoppm || ! command -v apt-get >/dev/null 2>&1; then return 0; fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "URFlow: installing poppler-utils (pdftoppm renders the atlas pages in the tests)..."
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils >/dev/null || true
}

make_venv() {
  local stamp=.venv/.urflow-installed
  local want
  want="$(cat requirements-dev.txt)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x .venv/bin/python ]; then return 0; fi
  echo "URFlow: creating .venv over $QGIS_PY ..."
  rm -rf .venv
  "$QGIS_PY" -m venv --system-site-packages .venv
  # Pin numpy/scipy to what QGIS's Python already has: a newer wheel in the venv would
  # shadow them and break QGIS's own Python and matplotlib.
  .venv/bin/python - > .venv/constraints.txt <<'PY'
import importlib
for name in ("numpy", "scipy", "matplotlib"):
    try:
        print(f"{name}=={importlib.import_module(name).__version__}")
    except ImportError:
        pass
PY
  .venv/bin/python -m pip install -q --disable-pip-version-check -c .venv/constraints.txt -r requirements-dev.txt
  echo "$want" > "$stamp"
}

case "$what" in
  qgis) install_qgis; install_pdftoppm ;;
  venv) install_qgis; install_pdftoppm; make_venv ;;
  all) install_qgis; install_pdftoppm; make_venv ;;
  *) echo "usage: $0 [qgis|venv]" >&2; exit 2 ;;
esac
