#!/bin/sh
# Run by the postgres image on the volume's first start: the application's own role, owning nothing.
# Flyway (as the owner, POSTGRES_USER) grants it what it needs in migration V18.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app="$UGLYMUGS_APP_USER" -v pw="$UGLYMUGS_APP_PASSWORD" <<'SQL'
create role :"app" login password :'pw' nosuperuser nocreatedb nocreaterole;
SQL
