#!/usr/bin/env bash
# Starts the service on http://localhost:8080 with the dev profile (throw-away keys, demo staff
# accounts, Swagger UI), its PostgreSQL ready. It listens on 127.0.0.1 only: the demo accounts'
# passwords are published, so they are seeded only while the listener is loopback. It builds and runs the packaged app: Quarkus dev mode
# (`./mvnw quarkus:dev`, with live reload) also works where Maven Central is complete, but needs
# Dev UI artifacts that a partial mirror may lack.
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/postgres.sh
./mvnw -B -q package -DskipTests -Dquarkus.profile=dev -Dquarkus.package.output-directory=dev-app
# Flyway migrates as the owner; the app connects as its own role, which owns nothing (both from postgres.sh).
export UGLYMUGS_DB_MIGRATION_USER="${UGLYMUGS_DB_USER:-uglymugs}" UGLYMUGS_DB_MIGRATION_PASSWORD="${UGLYMUGS_DB_PASSWORD:-uglymugs}"
export UGLYMUGS_DB_USER="${UGLYMUGS_DB_APP_USER:-uglymugs_app}" UGLYMUGS_DB_PASSWORD="${UGLYMUGS_DB_APP_PASSWORD:-uglymugs-app}"
exec java -Dquarkus.profile=dev -Dquarkus.http.host=127.0.0.1 "$@" -jar target/dev-app/quarkus-run.jar
