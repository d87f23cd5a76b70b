#!/usr/bin/env bash
# Proves backup and restore end to end with the packaged app (run after ./mvnw package):
# start the app (prod profile, fresh keys) on an empty database, file a report, back the database
# up encrypted, restore it into a second empty database, start the app there with the same keys,
# and read the report back with its receipt. Prints its figures on the last line; exits non-zero
# when anything does not come back.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "backup-check.sh: build first (./mvnw package -DskipTests)" >&2; exit 2; }
deploy/postgres.sh >/dev/null
deploy/tools.sh age

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
for db in uglymugs_backup_a uglymugs_backup_b; do
  as_postgres "PGOPTIONS='-c client_min_messages=warning' psql -q -c 'drop database if exists $db' -c 'create database $db owner uglymugs'"
done

eval "$(deploy/keys.sh | sed 's/^/export /')"
export PGPASSWORD="${UGLYMUGS_DB_PASSWORD:-uglymugs}" PGUSER="${UGLYMUGS_DB_USER:-uglymugs}" PGHOST=127.0.0.1

# A free port below the kernel's ephemeral range: a port the kernel hands out (bind to port 0) can
# be given again, before the app binds it, to an outgoing connection (the apps' own database
# connections), and the app then fails with "port in use".
free_port() {
  python3 - <<'PY'
import random, socket
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
for port in random.sample(range(10000, low), 200):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    break
else:
    raise SystemExit("backup-check.sh: no free port below the ephemeral range")
PY
}
start_app() { # db port log
  # The bench profile: production code and keys, but the local database's published password is accepted.
  local management; management="$(free_port)"
  UGLYMUGS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" QUARKUS_HTTP_PORT="$2" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT="$management" \
    java -Dquarkus.profile=bench -jar "$JAR" >"$3" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$management/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "backup-check.sh: the app on $1 did not become ready; its log:" >&2
  tail -40 "$3" >&2
  return 1
}

port_a="$(free_port)"
start_app uglymugs_backup_a "$port_a" "$work/a.log"
today="$(date -u +%F)"
receipt_json="$(curl -fsS -X POST "http://127.0.0.1:$port_a/api/v1/reports" -H 'Content-Type: application/json' -d @- <<JSON
{"categories":["ROBBERY"],"account":"He took my phone and my money.","occurredAt":{"date":"$today"},
 "area":"metropolitan","setting":"OUTCALL","identifiers":[{"type":"PHONE","value":"07911 123456"}],
 "consents":{"alertOthers":true,"policeIntel":false,"policeContactMe":false,"supportContactMe":false,"research":false},
 "language":"en"}
JSON
)"
reference="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["reference"])' "$receipt_json")"
receipt="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["receipt"])' "$receipt_json")"

age-keygen -o "$work/identity.txt" 2>/dev/null
public_key="$(age-keygen -y "$work/identity.txt")"
PGDATABASE=uglymugs_backup_a deploy/backup.sh -r "$public_key" -o "$work/backup.dump.age" -k "$work/backup.keys.dump.age"
if grep -aqE "audit_entry|flyway_schema_history|metropolitan|report_key" "$work/backup.dump.age" "$work/backup.keys.dump.age"; then
  echo "backup-check.sh: FAILED: the backup file holds plaintext of the dump" >&2; exit 1
fi
PGDATABASE=uglymugs_backup_b deploy/restore.sh -i "$work/identity.txt" "$work/backup.dump.age" "$work/backup.keys.dump.age"

port_b="$(free_port)"
start_app uglymugs_backup_b "$port_b" "$work/b.log"
status="$(curl -sS -o "$work/view.json" -w '%{http_code}' "http://127.0.0.1:$port_b/api/v1/my-report" -H "X-Receipt: $receipt")"
restored="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("reference",""))' "$work/view.json" 2>/dev/null || true)"
if [ "$status" != "200" ] || [ "$restored" != "$reference" ]; then
  echo "backup-check.sh: FAILED: the restored app answered $status for the receipt (reference '$restored', expected $reference)" >&2
  exit 1
fi
echo "backup-check.sh: report $reference filed, backed up encrypted ($(stat -c %s "$work/backup.dump.age") bytes, no plaintext), restored into a fresh database and read back with its receipt: 1 of 1 restored"
