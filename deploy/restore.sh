#!/usr/bin/env bash
# Restores a dump written by deploy/backup.sh into an EMPTY database (it refuses one with tables):
#   deploy/restore.sh -i AGE_IDENTITY_FILE FILE [KEYS_FILE]
# KEYS_FILE is a report-keys file of backup.sh (normally the newest one): without it no report opens;
# a report erased before KEYS_FILE was taken stays unreadable (its key is in no newer keys file).
# Target database from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (as backup.sh). The decrypted
# dump streams into pg_restore and is never written to disk. Start the app against the restored
# database with the same UGLYMUGS_CRYPTO_* keys it had when the backup was taken.
set -euo pipefail

identity=""
while getopts "i:" opt; do
  case "$opt" in
    i) identity="$OPTARG" ;;
    *) echo "usage: $0 -i AGE_IDENTITY_FILE BACKUP_FILE [KEYS_FILE]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
file="${1:-}"
keys_file="${2:-}"
if [ -z "$identity" ] || [ -z "$file" ] || [ ! -f "$file" ] || { [ -n "$keys_file" ] && [ ! -f "$keys_file" ]; }; then
  echo "usage: $0 -i AGE_IDENTITY_FILE BACKUP_FILE [KEYS_FILE]" >&2
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
if [ -n "$keys_file" ]; then
  # Only keys of reports the main file holds are loaded (one filed after it was taken is skipped).
  {
    echo "create temporary table report_key_in (report_id bigint, key_wrapped bytea);"
    age -d -i "$identity" "$keys_file" | pg_restore --data-only --no-owner --no-privileges --file=- \
      | sed -n '/^COPY public\.report_key /,/^\\\.$/p' | sed '1s/^COPY public\.report_key /COPY report_key_in /'
    echo "insert into report_key select k.report_id, k.key_wrapped from report_key_in k"
    echo "  join report r on r.id = k.report_id on conflict do nothing;"
    # The audit pseudonym keys, except those of reports erased before the main file was taken.
    # Shaped like the restored table (the keys file is of the same schema version as the main file);
    # rows keep their ids, to which their sealed secret and reference are bound (V28).
    echo "create temporary table audit_report_key_in (like audit_report_key);"
    age -d -i "$identity" "$keys_file" | pg_restore --data-only --no-owner --no-privileges --file=- \
      | sed -n '/^COPY public\.audit_report_key /,/^\\\.$/p' \
      | sed '1s/^COPY public\.audit_report_key /COPY audit_report_key_in /'
    echo "insert into audit_report_key overriding system value select k.* from audit_report_key_in k"
    echo "  where not exists (select 1 from audit_report_forgotten f where f.reference_hash = k.reference_hash)"
    echo "  on conflict do nothing;"
    echo "do \$\$ begin if exists (select 1 from information_schema.columns where table_name = 'audit_report_key'"
    echo "  and column_name = 'id') then perform setval(pg_get_serial_sequence('audit_report_key', 'id'),"
    echo "  greatest((select max(id) from audit_report_key), 1)); end if; end \$\$;"
  } | psql -qX -v ON_ERROR_STOP=1 >/dev/null
  echo "restore.sh: report keys from $keys_file: $(psql -qAtX -c 'select count(*) from report_key') of $(psql -qAtX -c 'select count(*) from report') reports open"
fi
echo "restore.sh: $file restored into $PGDATABASE on $PGHOST:$PGPORT ($(psql -qAtX -c "select count(*) from pg_tables where schemaname = 'public'") tables)"
