#!/usr/bin/env bash
# Fan-out benchmark (issue 7): a real SMTP server on loopback (deploy/bench/smtp_sink.py, a separate
# process that accepts every mail), N subscribers (default 10,000) in one area, subscribed and
# confirmed through the API, one alert published through the moderation API; then prints mails per
# second, the time from publish to the first and to the last mail, and the count received (which must
# equal N, with no Message-ID twice). Uses its own database, uglymugs_bench, and the packaged app.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/bench/lib.sh
N="${1:-10000}"
PORT_HTTP=8097
PORT_SMTP=2597
WORK="$(mktemp -d)"
DB_URL="jdbc:postgresql://127.0.0.1:5432/uglymugs_bench"
BASE="http://127.0.0.1:$PORT_HTTP"
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; [ -n "${SINK:-}" ] && kill "$SINK" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

deploy/postgres.sh >/dev/null
su postgres -c "psql -qc 'drop database if exists uglymugs_bench' -c 'create database uglymugs_bench owner uglymugs'" >/dev/null
[ -f ${APP_JAR:-target/quarkus-app/quarkus-run.jar} ] || ./mvnw -B -q package -DskipTests

python3 deploy/bench/smtp_sink.py "$PORT_SMTP" "$WORK/mails" "$WORK/tokens" & SINK=$!
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT_HTTP QUARKUS_MANAGEMENT_PORT=$((PORT_HTTP + 1000)) QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" \
  QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$PORT_SMTP \
  QUARKUS_MAILER_START_TLS=DISABLED QUARKUS_MAILER_MAX_POOL_SIZE=20 \
  UGLYMUGS_RATE_LIMIT_SUBSCRIPTIONS_CAPACITY=1000000 UGLYMUGS_RATE_LIMIT_RECEIPTS_CAPACITY=1000000 \
  UGLYMUGS_RATE_LIMIT_REPORTS_CAPACITY=1000 QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java -Dquarkus.profile=dev -jar ${APP_JAR:-target/quarkus-app/quarkus-run.jar} > "$WORK/app.log" 2>&1 & APP=$!
for _ in $(seq 1 60); do curl -fs "$BASE/api/v1/areas" >/dev/null 2>&1 && break; sleep 1; done

echo "fanout.sh: subscribing $N addresses" >&2
bench_subscribe "$BASE" "$N" bench
# Confirmation mails go out after each request's commit: wait until all arrived (or none for 15 s).
LAST=-1; SAME=0
while [ "$(wc -l < "$WORK/tokens")" -lt "$N" ] && [ "$SAME" -lt 15 ]; do
  NOW=$(wc -l < "$WORK/tokens"); if [ "$NOW" -eq "$LAST" ]; then SAME=$((SAME + 1)); else SAME=0; LAST=$NOW; fi
  sleep 1
done
echo "fanout.sh: confirming" >&2
bench_confirm "$BASE" "$WORK/tokens"
ACTIVE=$(su postgres -c "psql -qAt -d uglymugs_bench -c \"select count(*) from subscriber where status = 'ACTIVE'\"")
echo "fanout.sh: $ACTIVE active subscribers" >&2

TOKEN=$(bench_moderator_token "$BASE")
REF=$(bench_file_report "$BASE")
: > "$WORK/mails"
START=$(date +%s.%N)
bench_publish "$BASE" "$TOKEN" "$REF" "Benchmark alert"
for _ in $(seq 1 300); do [ "$(wc -l < "$WORK/mails")" -ge "$ACTIVE" ] && break; sleep 0.5; done
sleep 2 # any duplicate would arrive now
python3 - "$WORK/mails" "$START" "$N" "$ACTIVE" <<'PY'
import sys
rows=[l.split() for l in open(sys.argv[1]) if l.strip()]
start=float(sys.argv[2]); n=int(sys.argv[3]); active=int(sys.argv[4])
times=sorted(float(r[0]) for r in rows); ids=[r[1] for r in rows]
dups=len(ids)-len(set(ids))
if not times: print("received=0 expected=%d"%n); sys.exit(1)
span=max(times[-1]-times[0],1e-6)
print("subscribers=%d active=%d received=%d duplicates=%d mails_per_s=%.0f first_mail_s=%.2f last_mail_s=%.2f"
      % (n,active,len(ids),dups,len(ids)/span,times[0]-start,times[-1]-start))
sys.exit(0 if len(ids)==n and dups==0 else 1)
PY
