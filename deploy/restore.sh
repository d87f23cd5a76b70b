#!/usr/bin/env bash
# Restores a dump written by deploy/backup.sh into an EMPTY database (it refuses one with tables):
#   deploy/restore.sh -i AGE_IDENTITY_FILE FILE
# Target database from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (as backup.sh). The decrypted
# dump streams into pg_restore and is never written to disk. Start the app against the restored
# database with the same UGLYMUGS_CRYPTO_* keys it had when the backup was taken.
set -euo pipefail

identity=""
while getopts "i:" opt; do
  case "$opt" in
    i) identity="$OPTARG" ;;
    *) echo "usage: $0 -i AGE_IDENTITY_FILE BACKUP_FILE" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
file="${1:-}"
if [ -z "$identity" ] || [ -z "$file" ] || [ ! -f "$file" ]; then
  echo "usage: $0 -i AGE_IDENTITY_FILE BACKUP_FILE" >&2
  exit 2
fi
command -v age >/dev/null 2>&1 || "$(dirname "$0")/tools.sh" age
command -v pg_restore >/dev/null 2>&1 || "$(dirname "$0")/tools.sh" postgresql-client

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-uglymugs}"
export PGDATABASE="${PGDATABASE:-uglymugs}"

tables="$(psql -qAtX -c "select count(*) from pg_tables where schemaname = 'public'")"
if [ "$tables" != "0" ]; then
  echo "restore.sh: $PGDATABASE already has $tables tables; restore only into an empty database" >&2
  exit 1
fi
age -d -i "$identity" "$file" | pg_restore --no-owner --no-privileges --exit-on-error --dbname="$PGDATABASE"
echo "restore.sh: $file restored into $PGDATABASE on $PGHOST:$PGPORT ($(psql -qAtX -c "select count(*) from pg_tables where schemaname = 'public'") tables)"
