#!/usr/bin/env bash
# Makes a local PostgreSQL ready for development and tests: installs it where it is absent,
# starts the newest cluster, and creates the two roles and the two databases: the migration owner
# (UGLYMUGS_DB_USER, owns the databases; Flyway runs as it) and the application's own role
# (UGLYMUGS_DB_APP_USER: no ownership, so it cannot alter the audit table or switch off its triggers;
# migration V18 grants it what it needs).
# Idempotent: safe to run before every `dev` or `test`. Needs root (or passwordless sudo).
set -euo pipefail

DB_USER="${UGLYMUGS_DB_USER:-uglymugs}"
DB_PASSWORD="${UGLYMUGS_DB_PASSWORD:-uglymugs}"
APP_USER="${UGLYMUGS_DB_APP_USER:-uglymugs_app}"
APP_PASSWORD="${UGLYMUGS_DB_APP_PASSWORD:-uglymugs-app}"
DATABASES=("uglymugs" "uglymugs_test")

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root su postgres -c "$1"; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  echo "postgres.sh: installing PostgreSQL"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

VERSION="$(ls /etc/postgresql | sort -V | tail -1)"
if ! pg_lsclusters --no-header | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  echo "postgres.sh: starting PostgreSQL $VERSION"
  as_root pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start
fi

for _ in $(seq 1 30); do
  as_postgres "psql -qAt -c 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done

if [ "$(as_postgres "psql -qAt -c \"select 1 from pg_roles where rolname = '$DB_USER'\"")" != "1" ]; then
  as_postgres "psql -q -c \"create role $DB_USER login password '$DB_PASSWORD'\""
fi
if [ "$(as_postgres "psql -qAt -c \"select 1 from pg_roles where rolname = '$APP_USER'\"")" != "1" ]; then
  as_postgres "psql -q -c \"create role $APP_USER login password '$APP_PASSWORD' nosuperuser nocreatedb nocreaterole\""
fi
for db in "${DATABASES[@]}"; do
  if [ "$(as_postgres "psql -qAt -c \"select 1 from pg_database where datname = '$db'\"")" != "1" ]; then
    as_postgres "psql -q -c \"create database $db owner $DB_USER\""
  fi
done
echo "postgres.sh: PostgreSQL $VERSION ready on 127.0.0.1:5432 (owner $DB_USER, application $APP_USER; databases ${DATABASES[*]})"
