#!/usr/bin/env bash
# Installs axe-core (npm, pinned in src/test/axe/package.json) for the accessibility check of the
# browser tests; installs Debian's npm where it is absent. No browser is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v npm >/dev/null 2>&1; then
  echo "axe.sh: installing Debian's npm"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi
if [ ! -f src/test/axe/node_modules/axe-core/axe.min.js ]; then
  npm ci --prefix src/test/axe --no-audit --no-fund --ignore-scripts --loglevel=error
fi
node -e "console.log('axe-core ' + require('./src/test/axe/node_modules/axe-core/package.json').version)"
