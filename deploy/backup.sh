#!/usr/bin/env bash
# Writes an encrypted dump of the platform's database: pg_dump's output goes straight through
# age to the operator's public key, so no plaintext dump ever touches a disk.
#   deploy/backup.sh -r age1... [-o FILE] [-k KEYS_FILE]        (or -R recipients-file)
# Two files: FILE holds everything except the rows of report_key (each report's wrapped data key)
# and audit_report_key (each report's audit pseudonym key); KEYS_FILE (default: FILE with .keys
# before .dump.age) holds only those rows. Keep the keys files for
# a short time only (README, "Backups"): once every keys file taken before an erasure is deleted, the
# erased report cannot be read from any backup, however old.
# Database from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE);
# defaults: 127.0.0.1, 5432, uglymugs, uglymugs. Keep the private key (age-keygen) off this machine.
# The encryption keys of the app (UGLYMUGS_CRYPTO_*) are not in the dump; back them up apart.
set -euo pipefail

recipient_args=()
out=""
keys_out=""
while getopts "r:R:o:k:" opt; do
  case "$opt" in
    r) recipient_args+=(-r "$OPTARG") ;;
    R) recipient_args+=(-R "$OPTARG") ;;
    o) out="$OPTARG" ;;
    k) keys_out="$OPTARG" ;;
    *) echo "usage: $0 -r AGE_PUBLIC_KEY | -R RECIPIENTS_FILE [-o FILE] [-k KEYS_FILE]" >&2; exit 2 ;;
  esac
done
if [ "${#recipient_args[@]}" -eq 0 ]; then
  echo "backup.sh: name the operator's public key with -r (or a recipients file with -R)" >&2
  exit 2
fi
command -v age >/dev/null 2>&1 || "$(dirname "$0")/tools.sh" age
command -v pg_dump >/dev/null 2>&1 || "$(dirname "$0")/tools.sh" postgresql-client

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-uglymugs}"
export PGDATABASE="${PGDATABASE:-uglymugs}"
out="${out:-uglymugs-$(date -u +%Y%m%dT%H%M%SZ).dump.age}"
if [ -z "$keys_out" ]; then
  case "$out" in
    *.dump.age) keys_out="${out%.dump.age}.keys.dump.age" ;;
    *) keys_out="$out.keys" ;;
  esac
fi

trap 'rm -f "$out.partial" "$keys_out.partial"' EXIT
umask 077
# One snapshot for both files would need pg_dump --snapshot; a report filed between the two dumps has
# its key in the keys file and not its rows in the main one (harmless), and one erased between them
# has its rows in the main file and no key in the keys file (already unreadable).
pg_dump --format=custom --no-owner --no-privileges --exclude-table-data=report_key \
  --exclude-table-data=audit_report_key \
  | age "${recipient_args[@]}" -o "$out.partial"
pg_dump --format=custom --no-owner --no-privileges --data-only --table=report_key --table=audit_report_key \
  | age "${recipient_args[@]}" -o "$keys_out.partial"
mv "$out.partial" "$out"
mv "$keys_out.partial" "$keys_out"
trap - EXIT
echo "backup.sh: $PGDATABASE on $PGHOST:$PGPORT written encrypted to $out ($(stat -c %s "$out") bytes)" \
  "and its report keys to $keys_out ($(stat -c %s "$keys_out") bytes)"
