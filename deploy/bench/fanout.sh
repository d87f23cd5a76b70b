#!/usr/bin/env bash
# Fan-out benchmark (issue 7): a real SMTP server on loopback (deploy/bench/smtp_sink.py, a separate
# process that accepts every mail), N subscribers (default 10,000) in one area, subscribed and
# confirmed through the API, one alert published through the moderation API; then prints mails per
# second, the time from publish to the first and to the last mail, and the count received (which must
# equal N, with no Message-ID twice). Uses its own database, uglymugs_bench, and the packaged app.
set -euo pipefail
cd "$(dirname "$0")/../.."
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
QUARKUS_HTTP_PORT=$PORT_HTTP QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" \
  QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$PORT_SMTP \
  QUARKUS_MAILER_START_TLS=DISABLED QUARKUS_MAILER_MAX_POOL_SIZE=20 \
  UGLYMUGS_RATE_LIMIT_SUBSCRIPTIONS_CAPACITY=1000000 UGLYMUGS_RATE_LIMIT_RECEIPTS_CAPACITY=1000000 \
  UGLYMUGS_RATE_LIMIT_REPORTS_CAPACITY=1000 QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java -Dquarkus.profile=dev -jar ${APP_JAR:-target/quarkus-app/quarkus-run.jar} > "$WORK/app.log" 2>&1 & APP=$!
for _ in $(seq 1 60); do curl -fs "$BASE/api/v1/areas" >/dev/null 2>&1 && break; sleep 1; done

echo "fanout.sh: subscribing $N addresses" >&2
seq 1 "$N" | xargs -P 8 -I{} curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d '{"email":"bench{}@bench.test","areas":["metropolitan"],"categories":[],"minSeverity":"LOW","language":"en","cadence":"IMMEDIATE","discreet":false}' \
  "$BASE/api/v1/subscriptions" || true
# Confirmation mails go out after each request's commit: wait until all arrived (or none for 15 s).
LAST=-1; SAME=0
while [ "$(wc -l < "$WORK/tokens")" -lt "$N" ] && [ "$SAME" -lt 15 ]; do
  NOW=$(wc -l < "$WORK/tokens"); if [ "$NOW" -eq "$LAST" ]; then SAME=$((SAME + 1)); else SAME=0; LAST=$NOW; fi
  sleep 1
done
echo "fanout.sh: confirming" >&2
awk '{print $2}' "$WORK/tokens" | xargs -P 8 -I{} curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d '{"token":"{}"}' "$BASE/api/v1/subscriptions/confirm" || true
ACTIVE=$(su postgres -c "psql -qAt -d uglymugs_bench -c \"select count(*) from subscriber where status = 'ACTIVE'\"")
echo "fanout.sh: $ACTIVE active subscribers" >&2

TOTP=$(python3 -c '
import base64,hmac,struct,time,hashlib
k=base64.b32decode("MODERATORDEMOSECRETMODERATORDEMO"); c=int(time.time())//30
h=hmac.new(k,struct.pack(">Q",c),hashlib.sha1).digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))')
TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"username\":\"moderator\",\"password\":\"demo-moderator-password\",\"totp\":\"$TOTP\"}" \
  "$BASE/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
REF=$(curl -fs -H 'Content-Type: application/json' -d "{\"categories\":[\"PHYSICAL_ASSAULT\"],\"account\":\"Benchmark report.\",\"occurredAt\":{\"date\":\"$(date -d yesterday +%F)\"},\"area\":\"metropolitan\",\"setting\":\"OUTCALL\",\"consents\":{\"alertOthers\":true,\"policeIntel\":false,\"policeContactMe\":false,\"supportContactMe\":false,\"research\":false},\"language\":\"en\"}" \
  "$BASE/api/v1/reports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')
: > "$WORK/mails"
START=$(date +%s.%N)
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"decision":"PUBLISH","override":true,"alert":{"title":"Benchmark alert","summary":"Benchmark summary.","identifierIds":[],"severity":"HIGH","areas":["metropolitan"],"categories":["PHYSICAL_ASSAULT"]}}' \
  "$BASE/api/v1/moderation/reports/$REF/decision"
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
