#!/usr/bin/env bash
# Check benchmark (issue 8): POST /api/v1/checks driven by wrk (Debian's package; deploy/bench/check.lua
# posts JSON with a random subscriber's manage token, half the values published, half never) at 64
# connections for 20 s after a 20 s warm-up, at 1,000 and then at 100,000 published identifiers
# (20,000 alerts, 10,000 subscribers), each beside pgbench -S -M prepared -c 64 -j 2 -T 20 against a
# scale-10 database on the same PostgreSQL (run first, in the same run). Prints requests/s, p50 and p99 of the check, pgbench's
# TPS and their ratio at both sizes; the last line has all the figures, the app's resident memory after
# the run, the JVM options it ran with (JAVA_OPTS) and the load average.
#
# The JVM runs as the image runs it (src/main/docker/Dockerfile.jvm; deploy/bench/jvm.sh): Java 25 when
# /usr/lib/jvm has it (BENCH_JAVA_HOME to choose), JAVA_OPTS defaulting to the image's options, and a
# first, short start with a few seconds of checks writes the ahead-of-time cache (a class-data archive
# before Java 25) that the measured start maps (ARCHIVE=off: none). JAVA_OPTS='' runs the JVM's own
# defaults.
#
# As root, on one machine (app, PostgreSQL and load generator together). Uses the packaged app with
# fresh keys and the bench profile (rate limits lifted), and its own databases uglymugs_bench_check
# and uglymugs_pgbench. Seeding goes straight into PostgreSQL (pgcrypto computes the same keyed
# hashes as the app: HMAC-SHA256 under HMAC-SHA256(secret, purpose)).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/bench/jvm.sh
. deploy/bench/jvm.sh
JAVA_OPTS="${JAVA_OPTS-$IMAGE_JAVA_OPTS}"
PORT=8098
DB=uglymugs_bench_check
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
DURATION="${DURATION:-20s}"
ARCHIVE="${ARCHIVE:-on}"
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || deploy/tools.sh wrk
deploy/postgres.sh >/dev/null
psql_su() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt $*"; }
psql_su "-c 'drop database if exists $DB' -c 'create database $DB owner uglymugs'" >/dev/null
psql_su "-d $DB -c 'create extension if not exists pgcrypto'" >/dev/null
if [ "$(psql_su "-c \"select count(*) from pg_database where datname = 'uglymugs_pgbench'\"")" = 0 ]; then
  psql_su "-c 'create database uglymugs_pgbench owner uglymugs'" >/dev/null
  su postgres -c "pgbench -i -q -s 10 uglymugs_pgbench" >/dev/null 2>&1
fi
[ -f "${APP_JAR:-target/quarkus-app/quarkus-run.jar}" ] || ./mvnw -B -q package -DskipTests
# pgbench first, before the app holds any connection: 64 clients beside the app's pool (and anything
# else on a shared server) can pass max_connections = 100.
# A 5 s warm-up first: after a PostgreSQL start its cache is cold and the first seconds read from disk.
su postgres -c "pgbench -S -M prepared -c 64 -j 2 -T 5 uglymugs_pgbench" > /dev/null 2>&1 || true
su postgres -c "pgbench -S -M prepared -c 64 -j 2 -T ${DURATION%s} uglymugs_pgbench" > "$WORK/pgbench.txt" 2>&1 \
  || { tail -5 "$WORK/pgbench.txt" >&2; exit 1; }

eval "$(deploy/keys.sh | sed 's/^/export /')"
JSA="$WORK/app.jsa"
start_app() { # extra JVM options
  # shellcheck disable=SC2086
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    QUARKUS_LOG_CONSOLE_LEVEL=WARN \
    java $JAVA_OPTS $1 -Dquarkus.profile=bench -jar "${APP_JAR:-target/quarkus-app/quarkus-run.jar}" > "$WORK/app.log" 2>&1 & APP=$!
  for _ in $(seq 1 60); do curl -fs "$BASE/api/v1/areas" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$BASE/api/v1/areas" >/dev/null || { tail -20 "$WORK/app.log" >&2; exit 1; }
}
TRAIN=$(class_archive_opts train "$JSA") MAPPED=$(class_archive_opts mapped "$JSA")
start_app "$TRAIN"

# One report for the seeded alerts to belong to (the check never reads it).
REF=$(curl -fs -H 'Content-Type: application/json' -d "{\"categories\":[\"PHYSICAL_ASSAULT\"],\"account\":\"Benchmark report.\",\"occurredAt\":{\"date\":\"$(date -d yesterday +%F)\"},\"area\":\"metropolitan\",\"setting\":\"OUTCALL\",\"consents\":{\"alertOthers\":true,\"policeIntel\":false,\"policeContactMe\":false,\"supportContactMe\":false,\"research\":false},\"language\":\"en\"}" \
  "$BASE/api/v1/reports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')
REPORT_ID=$(psql_su "-d $DB -c \"select id from report where reference = '$REF'\"")
KEY="decode('$UGLYMUGS_CRYPTO_HMAC_KEY', 'base64')"
AREAS="array['metropolitan','avon-and-somerset','bedfordshire','cambridgeshire','cheshire']"

# 10,000 ACTIVE subscribers, half of them in metropolitan; tokens bench-manage-N.
psql_su "-d $DB" <<SQL >/dev/null
insert into subscriber (id, email_sealed, email_hash, status, min_severity, language, cadence, discreet,
                        manage_token_hash, token_generation, created_at, confirmed_at)
select 5000000 + g, '\\x00', sha256(('bench' || g)::bytea), 'ACTIVE', 'LOW', 'en', 'IMMEDIATE', false,
       hmac(convert_to('bench-manage-' || g, 'UTF8'), hmac('subscription.manage'::bytea, $KEY, 'sha256'), 'sha256'),
       g, date_trunc('minute', now()), date_trunc('minute', now())
  from generate_series(0, 9999) g;
insert into subscriber_area select 5000000 + g, ($AREAS)[1 + g % 2] from generate_series(0, 9999) g;
SQL

# Alerts [from, to) with five published phone numbers each: +447400 and the identifier's index.
seed() {
  psql_su "-d $DB" <<SQL >/dev/null
insert into alert (id, report_id, status, version, severity, content_sealed, issued_at, updated_at)
select 5000000 + g, $REPORT_ID, case when g % 7 = 0 then 'UPDATED' else 'ISSUED' end, 1,
       (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + g % 4], '\\x00', now() - (g % 300) * interval '1 day', now() - (g % 300) * interval '1 day'
  from generate_series($1, $2 - 1) g;
insert into alert_area select 5000000 + g, ($AREAS)[1 + g % 5] from generate_series($1, $2 - 1) g;
insert into alert_identifier
select 5000000 + g, 'PHONE',
       hmac(convert_to('PHONE||+447400' || lpad((g * 5 + i)::text, 6, '0'), 'UTF8'),
            hmac('identifier'::bytea, $KEY, 'sha256'), 'sha256')
  from generate_series($1, $2 - 1) g, generate_series(0, 4) i;
SQL
  su postgres -c "psql -qAt -d $DB -c 'analyze'" >/dev/null
}

run() { # published identifiers
  # Warm-up: every subscriber's token cached and the hot path compiled before the measured run.
  PUBLISHED=$1 SUBSCRIBERS=10000 wrk -t2 -c64 -d20s -s deploy/bench/check.lua "$BASE" >/dev/null 2>&1
  PUBLISHED=$1 SUBSCRIBERS=10000 wrk -t2 -c64 -d"$DURATION" -s deploy/bench/check.lua "$BASE" > "$WORK/wrk.txt" 2>&1
  grep -q '^CHECK ' "$WORK/wrk.txt" || { cat "$WORK/wrk.txt" >&2; exit 1; }
  python3 - "$1" "$WORK/wrk.txt" "$WORK/pgbench.txt" <<'PY'
import re, sys
size, wrk, pg = sys.argv[1], open(sys.argv[2]).read(), open(sys.argv[3]).read()
rps, p50, p99, errors, sockets = re.search(
    r"^CHECK rps=(\S+) p50_ms=(\S+) p99_ms=(\S+) non2xx=(\S+) socket_errors=(\S+)", wrk, re.M).groups()
tps = float(re.search(r"tps = ([0-9.]+) \(without initial", pg).group(1))
print(f"identifiers={size} check_rps={float(rps):.0f} p50_ms={float(p50):.1f} p99_ms={float(p99):.1f} "
      f"non2xx={errors} socket_errors={sockets} pgbench_S_tps={tps:.0f} ratio={float(rps) / tps:.2f}")
PY
}

seed 0 200
if [ "$ARCHIVE" = on ]; then
  # A few seconds of checks, so the archive holds the classes they load, then the stop that writes it.
  PUBLISHED=1000 SUBSCRIBERS=10000 wrk -t2 -c16 -d5s -s deploy/bench/check.lua "$BASE" >/dev/null 2>&1
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
  [ -s "$JSA" ] || { tail -20 "$WORK/app.log" >&2; echo "check.sh: no ahead-of-time cache or class-data archive was written" >&2; exit 1; }
  echo "check.sh: ahead-of-time cache (or class-data archive) of $(( $(stat -c %s "$JSA") / 1048576 )) MB written; starting again with it" >&2
  # The cache is written to a volume: it must hold no key and nothing a check read or sent.
  held=$(for secret in "$UGLYMUGS_CRYPTO_HMAC_KEY" "${UGLYMUGS_CRYPTO_KEYS#*:}" "+447400" "07400 "; do
    grep -a -c -F -- "$secret" "$JSA" || true; done | awk '{n += $1} END {print n + 0}')
  [ "$held" = 0 ] || { echo "check.sh: the cache holds a key or a checked value ($held matches)" >&2; exit 1; }
  echo "check.sh: the cache holds neither key nor any checked value" >&2
  start_app "$MAPPED"
fi
SMALL=$(run 1000); echo "check.sh: $SMALL" >&2
seed 200 20000
LARGE=$(run 100000); echo "check.sh: $LARGE" >&2
# With -XX:NativeMemoryTracking=summary in JAVA_OPTS: where the app's memory went, on stderr.
case "$JAVA_OPTS" in *NativeMemoryTracking*) jcmd "$APP" VM.native_memory summary >&2 || true ;; esac
# With HEAP_HISTOGRAM=1: the classes holding the most live heap, on stderr.
[ -n "${HEAP_HISTOGRAM:-}" ] && { jcmd "$APP" GC.class_histogram > "$WORK/histogram.txt" && head -45 "$WORK/histogram.txt" >&2 && tail -1 "$WORK/histogram.txt" >&2 || true; }
RSS_MB=$(( $(awk '/^VmRSS/ {print $2}' "/proc/$APP/status") / 1024 ))
echo "small: $SMALL | large: $LARGE | app_rss_mb=$RSS_MB java_opts='$JAVA_OPTS' archive=$ARCHIVE java=$JAVA_MAJOR load=$(cut -d' ' -f1 /proc/loadavg)"
