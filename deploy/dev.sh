#!/usr/bin/env bash
# Starts the service on http://localhost:8080 in dev mode, with its PostgreSQL ready.
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/postgres.sh
exec ./mvnw -B quarkus:dev "$@"
