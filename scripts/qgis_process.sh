#!/usr/bin/env bash
# Run qgis_process with URFlow visible, whichever binary this QGIS installs.
# Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which the 3.22 binary
# rejects, so prefer qgis_process.bin and set LD_LIBRARY_PATH as that wrapper would.
# URFlow is enabled in a profile kept under .build/, never in the user's own QGIS profile.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bash "$repo/scripts/link_plugin.sh"
if command -v qgis_process.bin >/dev/null 2>&1; then
  exe=qgis_process.bin
  for grass in /usr/lib/grass*/lib; do
    [ -d "$grass" ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$grass"
  done
elif command -v qgis_process >/dev/null 2>&1; then
  exe=qgis_process
else
  echo "URFlow: no qgis_process found; run 'make deps' (Debian/Ubuntu) or install QGIS >= 3.22." >&2
  exit 127
fi
export QGIS_PLUGINPATH="$repo/.build/plugins${QGIS_PLUGINPATH:+:$QGIS_PLUGINPATH}"
export QGIS_CUSTOM_CONFIG_PATH="${URFLOW_QGIS_CONFIG:-$repo/.build/qgis-config}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$repo/.build/runtime}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ini="$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS/QGIS3.ini"
if ! grep -q '^urflow=true' "$ini" 2>/dev/null; then
  mkdir -p "$(dirname "$ini")"
  printf '[PythonPlugins]\nurflow=true\n' >> "$ini"
fi
exec "$exe" "$@"
