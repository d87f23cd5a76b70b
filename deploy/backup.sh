#!/usr/bin/env bash
# Writes an encrypted dump of the platform's database: pg_dump's output goes straight through
# age to the operator's public key, so no plaintext dump ever touches a disk.
#   deploy/backup.sh -r age1... [-o FILE]        (or -R recipients-file)
# Database from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE);
# defaults: 127.0.0.1, 5432, uglymugs, uglymugs. Keep the private key (age-keygen) off this machine.
# The encryption keys of the app (UGLYMUGS_CRYPTO_*) are not in the dump; back them up apart.
set -euo pipefail

recipient_args=()
out=""
while getopts "r:R:o:" opt; do
  case "$opt" in
    r) recipient_args+=(-r "$OPTARG") ;;
    R) recipient_args+=(-R "$OPTARG") ;;
    o) out="$OPTARG" ;;
    *) echo "usage: $0 -r AGE_PUBLIC_KEY | -R RECIPIENTS_FILE [-o FILE]" >&2; exit 2 ;;
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

trap 'rm -f "$out.partial"' EXIT
umask 077
pg_dump --format=custom --no-owner --no-privileges | age "${recipient_args[@]}" -o "$out.partial"
mv "$out.partial" "$out"
trap - EXIT
echo "backup.sh: $PGDATABASE on $PGHOST:$PGPORT written encrypted to $out ($(stat -c %s "$out") bytes)"
