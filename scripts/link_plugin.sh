#!/usr/bin/env bash
# .build/plugins/urflow -> this checkout, so QGIS imports it as "urflow" whatever the folder name.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$repo/.build/plugins"
ln -sfn "$repo" "$repo/.build/plugins/urflow"
