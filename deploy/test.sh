#!/usr/bin/env bash
# Runs the whole test suite against a real PostgreSQL and a real Chromium, from a clean schema.
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/postgres.sh
deploy/chromium.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"
