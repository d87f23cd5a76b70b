#!/usr/bin/env bash
# Start-up benchmark (issue 8): the packaged app in the prod profile, as a deployer runs it (fresh keys,
# a secret database password, the migration owner apart from the application role), started RUNS times
# (default 5) against its own database uglymugs_bench_startup. The first start migrates an empty schema
# and seeds the areas; the later ones start against the migrated schema, as every restart does. For each
# start it prints the wall time from `java` to the first answer of GET /api/v1/areas, Quarkus's own
# "started in", the CPU time the JVM used until then (steadier than wall time when the machine is busy)
# and the process's resident memory then; the last line has the medians of the restarts.
#
# As the image does (src/main/docker/Dockerfile.jvm, run.sh), the JVM keeps what a start loaded: the
# first start writes it when it stops, the restarts map it (deploy/bench/jvm.sh): on Java 25 an
# ahead-of-time cache (classes loaded and linked, and the start's method profiles), before that a
# class-data archive. ARCHIVE=off measures without one. The JVM is Java 25 when /usr/lib/jvm has it
# (BENCH_JAVA_HOME to choose), with the image's options; JAVA_OPTS='' runs the JVM's own defaults.
#
#   deploy/bench/startup.sh      ARCHIVE=off deploy/bench/startup.sh      JAVA_OPTS='' deploy/bench/startup.sh
#
# As root, on one machine. Needs the packaged app (built if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/bench/jvm.sh
. deploy/bench/jvm.sh
JAVA_OPTS="${JAVA_OPTS-$IMAGE_JAVA_OPTS}"
RUNS="${RUNS:-5}"
[ "$RUNS" -ge 2 ] || { echo "startup.sh: RUNS must be 2 or more (the first start makes the cache the restarts map)" >&2; exit 2; }
PORT=8097
DB=uglymugs_bench_startup
OWNER=uglymugs_bench_owner
APPROLE=uglymugs_bench_app
JAR="${APP_JAR:-target/quarkus-app/quarkus-run.jar}"
WORK="$(mktemp -d)"
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; [ -n "${KEEP_LOGS:-}" ] && cp "$WORK"/app-*.log "$KEEP_LOGS"/ 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

deploy/postgres.sh >/dev/null
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
secret() { head -c 24 /dev/urandom | base64 | tr -d '/+=\n'; }
OWNER_PW="$(secret)"
APP_PW="$(secret)"
psql_su() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt $*"; }
psql_su "-c 'drop database if exists $DB'" >/dev/null
for role in "$OWNER:$OWNER_PW" "$APPROLE:$APP_PW"; do
  name="${role%%:*}" pw="${role#*:}"
  psql_su "-c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = '$name') then create role $name login; end if; end \\\$\\\$\" -c \"alter role $name password '$pw'\"" >/dev/null
done
psql_su "-c 'create database $DB owner $OWNER'" >/dev/null

eval "$(deploy/keys.sh | sed 's/^/export /')"
export UGLYMUGS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" UGLYMUGS_DB_USER="$APPROLE" UGLYMUGS_DB_PASSWORD="$APP_PW" \
  UGLYMUGS_DB_MIGRATION_USER="$OWNER" UGLYMUGS_DB_MIGRATION_PASSWORD="$OWNER_PW" \
  UGLYMUGS_PUBLIC_BASE_URL="https://alerts.example.org" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=2599
# The application role needs to reach the schema the owner migrates into.
psql_su "-d $DB -c 'grant usage on schema public to $APPROLE'" >/dev/null

ARCHIVE="${ARCHIVE:-on}"
JSA="$WORK/app.jsa"
archive_opts() { if [ "$1" = 1 ]; then class_archive_opts train "$JSA"; else class_archive_opts mapped "$JSA"; fi; }

ready=() started=() rss=() cpu=()
for run in $(seq 1 "$RUNS"); do
  opts=$(archive_opts "$run")
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS $opts -jar "$JAR" > "$WORK/app-$run.log" 2>&1 & APP=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/areas" 2>/dev/null; do
    kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/app-$run.log" >&2; echo "startup.sh: the app stopped" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  kb=$(awk '/^VmRSS/ {print $2}' "/proc/$APP/status")
  # CPU the JVM used until then (user + system, all threads): steadier than wall time on a busy machine.
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$APP/stat")
  own=$(grep -o 'started in [0-9.]*s' "$WORK/app-$run.log" | grep -o '[0-9.]*' || echo "?")
  echo "start $run$([ "$run" = 1 ] && echo ' (empty schema: migrations and seeding)'): ready after ${ms} ms, Quarkus 'started in' ${own} s, CPU ${cpu_ms} ms, RSS $((kb / 1024)) MB"
  t2=$(date +%s%N)
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
  if [ "$run" = 1 ] && [ "$ARCHIVE" = on ]; then
    [ -s "$JSA" ] || { tail -20 "$WORK/app-$run.log" >&2; echo "startup.sh: no ahead-of-time cache or class-data archive was written" >&2; exit 1; }
    echo "        stopped in $(( ($(date +%s%N) - t2) / 1000000 )) ms, writing a cache of what it loaded, $(( $(stat -c %s "$JSA") / 1048576 )) MB"
  fi
  if [ "$run" -gt 1 ]; then ready+=("$ms"); started+=("$own"); rss+=("$kb"); cpu+=("$cpu_ms"); fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "startup: restarts=$((RUNS - 1)) ready_ms_median=$(median "${ready[@]}") quarkus_started_s_median=$(median "${started[@]}") cpu_ms_median=$(median "${cpu[@]}") rss_mb_median=$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 )) archive=$ARCHIVE java=$JAVA_MAJOR java_opts='$JAVA_OPTS' load=$(cut -d' ' -f1 /proc/loadavg)"
