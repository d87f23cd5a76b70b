#!/usr/bin/env bash
# Starts the service on http://localhost:8080 with the dev profile (throw-away keys, demo staff
# accounts, Swagger UI), its PostgreSQL ready. It builds and runs the packaged app: Quarkus dev mode
# (`./mvnw quarkus:dev`, with live reload) also works where Maven Central is complete, but needs
# Dev UI artifacts that a partial mirror may lack.
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/postgres.sh
./mvnw -B -q package -DskipTests -Dquarkus.profile=dev -Dquarkus.package.output-directory=dev-app
exec java -Dquarkus.profile=dev "$@" -jar target/dev-app/quarkus-run.jar
