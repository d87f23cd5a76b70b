#!/usr/bin/env bash
# Fault run (issue 12): two instances of the packaged app on different ports against one
# PostgreSQL, a real SMTP server on loopback (deploy/bench/smtp_sink.py, a separate process), N
# subscribers (default 2,000) in one area, subscribed and confirmed through the API. It publishes
# one alert, then: kills instance A with SIGKILL mid-fan-out, restarts PostgreSQL, makes the SMTP
# server refuse connections for REFUSE seconds (default 30), brings everything back, and checks
# that every subscriber received the alert under exactly one Message-ID (a copy re-sent after a
# crash carries the same one and is counted apart), that no delivery is left unsent, and that both
# instances answer. Prints the figures on its last line; exits non-zero when anything was lost or
# doubled. Own database: uglymugs_faults. Needs root (it restarts PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/bench/lib.sh
N="${1:-2000}"
REFUSE="${REFUSE:-30}"
PG_RESTART="${PG_RESTART:-1}" # 0 skips the PostgreSQL restart (a machine where others use the same server)
PORT_A=8111
PORT_B=8112
PORT_SMTP=2611
DB=uglymugs_faults
WORK="$(mktemp -d)"
JAR="${APP_JAR:-target/quarkus-app/quarkus-run.jar}"
PG_VERSION="$(ls /etc/postgresql | sort -V | tail -1)"
cleanup() {
  for p in "${A:-}" "${B:-}" "${SINK:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ "${KEEP:-0}" = 1 ]; then echo "faults.sh: logs kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
log() { echo "faults.sh: $*" >&2; }

deploy/postgres.sh >/dev/null
su postgres -c "psql -qc 'drop database if exists $DB' -c 'create database $DB owner uglymugs'" >/dev/null
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

sink() { python3 deploy/bench/smtp_sink.py "$PORT_SMTP" "$WORK/mails" "$WORK/tokens" & SINK=$!; }
instance() { # port, log file; prints the pid
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$1 QUARKUS_MANAGEMENT_PORT=$(($1 + 1000)) QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$PORT_SMTP \
    QUARKUS_MAILER_START_TLS=DISABLED QUARKUS_MAILER_MAX_POOL_SIZE=10 \
    UGLYMUGS_SUBSCRIPTIONS_DELIVERY_BACKOFF_BASE=PT5S UGLYMUGS_SUBSCRIPTIONS_DELIVERY_BACKOFF_MAX=PT20S \
    UGLYMUGS_SUBSCRIPTIONS_DELIVERY_FAN_OUT_BATCH=200 UGLYMUGS_SUBSCRIPTIONS_DELIVERY_BATCH_SIZE=100 \
    UGLYMUGS_RATE_LIMIT_SUBSCRIPTIONS_CAPACITY=1000000 UGLYMUGS_RATE_LIMIT_RECEIPTS_CAPACITY=1000000 \
    QUARKUS_LOG_CONSOLE_LEVEL=WARN \
    java -Dquarkus.profile=dev -jar "$JAR" >> "$2" 2>&1 &
  echo $!
}
ready() { for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$(($1 + 1000))/q/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }
sql() { su postgres -c "psql -qAt -d $DB -c \"$1\""; }

sink
A=$(instance $PORT_A "$WORK/a.log"); ready $PORT_A
B=$(instance $PORT_B "$WORK/b.log"); ready $PORT_B
log "two instances up on $PORT_A and $PORT_B; subscribing $N addresses"
bench_subscribe "http://127.0.0.1:$PORT_A" "$N" fault
for _ in $(seq 1 120); do [ "$(wc -l < "$WORK/tokens")" -ge "$N" ] && break; sleep 1; done
bench_confirm "http://127.0.0.1:$PORT_B" "$WORK/tokens"
ACTIVE=$(sql "select count(*) from subscriber where status = 'ACTIVE'")
log "$(sql "select count(*) from subscriber") subscription requests stored, $(wc -l < "$WORK/tokens") links received, $ACTIVE active subscribers"

TOKEN=$(bench_moderator_token "http://127.0.0.1:$PORT_A")
REF=$(bench_file_report "http://127.0.0.1:$PORT_A")

: > "$WORK/mails"
START=$(date +%s.%N)
bench_publish "http://127.0.0.1:$PORT_A" "$TOKEN" "$REF" "Fault run alert"
sleep 0.3
kill -9 "$A"; A=""
log "instance A killed (SIGKILL) $(sql "select count(*) from delivery") deliveries fanned out, $(wc -l < "$WORK/mails") mails received"
if [ "$PG_RESTART" = 1 ]; then
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main restart
  log "PostgreSQL restarted"
fi
kill "$SINK"; SINK=""
log "SMTP server down: connections refused for ${REFUSE}s"
sleep "$REFUSE"
sink
log "SMTP server back; restarting instance A"
A=$(instance $PORT_A "$WORK/a.log"); ready $PORT_A

DONE=""
for _ in $(seq 1 600); do
  GOT=$(awk '{print $3}' "$WORK/mails" | sort -u | wc -l)
  if [ "$GOT" -ge "$ACTIVE" ] && [ "$(sql "select count(*) from delivery where status <> 'SENT'")" = 0 ]; then
    DONE=$(date +%s.%N); break
  fi
  sleep 0.5
done
sleep 3 # a copy or a second mail would arrive now
UNSENT=$(sql "select count(*) from delivery where status <> 'SENT'")
EVENTS=$(sql "select count(*) from delivery_event where fanned_out_at is null")
UP=0
for p in $PORT_A $PORT_B; do curl -fs "http://127.0.0.1:$((p + 1000))/q/health/ready" >/dev/null 2>&1 && UP=$((UP + 1)); done
python3 - "$WORK/mails" "$START" "${DONE:-0}" "$N" "$ACTIVE" "$UNSENT" "$EVENTS" "$UP" <<'PY'
import sys, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
start, done = float(sys.argv[2]), float(sys.argv[3])
n, active, unsent, events, up = (int(x) for x in sys.argv[4:9])
ids = collections.defaultdict(set)
for r in rows:
    ids[r[2]].add(r[1])
received = len(ids)
doubled = sum(1 for s in ids.values() if len(s) > 1)
copies = len(rows) - sum(len(s) for s in ids.values())
ok = received == active == n and doubled == 0 and unsent == 0 and events == 0 and up == 2
print("faults: subscribers=%d active=%d received=%d doubled=%d same_id_copies=%d unsent=%d pending_events=%d "
      "instances_up=%d full_delivery_s=%s result=%s"
      % (n, active, received, doubled, copies, unsent, events, up,
         ("%.1f" % (done - start)) if done else "never", "ok" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
