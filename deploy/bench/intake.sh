#!/usr/bin/env bash
# Intake benchmark (issue 8): POST /api/v1/reports driven by wrk (deploy/bench/intake.lua: a 2 KB
# account, three identifiers, a location and consents, different values each time) for 20 s at 16 and
# then at 64 connections after a 30 s warm-up (WARMUP), beside pgbench -N -M prepared (a write transaction) at
# the same connection counts against a scale-10 database on the same PostgreSQL, run first in the
# same run. Prints reports/s, p50 and p99 at both counts, pgbench's TPS and the ratio; the last line
# has all the figures, with the CPU the app and PostgreSQL spent per stored report. Each report gets its own data key, sealed fields, keyed identifier hashes and
# a receipt, as in production.
#
# As root, on one machine (app, PostgreSQL and load generator together). Uses the packaged app with
# fresh keys and the bench profile (rate limits lifted), and its own databases uglymugs_bench_intake
# and uglymugs_pgbench. The JVM is the image's (deploy/bench/jvm.sh: Java 25 when /usr/lib/jvm has
# it, BENCH_JAVA_HOME to choose) with the image's options; JAVA_OPTS='' runs the JVM's own defaults.
# KEEP_LOGS=DIR keeps the app's log (warnings and errors) as DIR/intake-app.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/bench/jvm.sh
. deploy/bench/jvm.sh
JAVA_OPTS="${JAVA_OPTS-$IMAGE_JAVA_OPTS}"
PORT=8096
DB=uglymugs_bench_intake
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
DURATION="${DURATION:-20s}"
# Long enough for the JIT to have compiled the hot path on two cores (10 s was not: the first count
# ran while C2 still took a core).
WARMUP="${WARMUP:-30s}"
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; [ -n "${KEEP_LOGS:-}" ] && cp "$WORK/app.log" "$KEEP_LOGS"/intake-app.log 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || deploy/tools.sh wrk
deploy/postgres.sh >/dev/null
psql_su() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt $*"; }
psql_su "-c 'drop database if exists $DB' -c 'create database $DB owner uglymugs'" >/dev/null
if [ "$(psql_su "-c \"select count(*) from pg_database where datname = 'uglymugs_pgbench'\"")" = 0 ]; then
  psql_su "-c 'create database uglymugs_pgbench owner uglymugs'" >/dev/null
  su postgres -c "pgbench -i -q -s 10 uglymugs_pgbench" >/dev/null 2>&1
fi
[ -f "${APP_JAR:-target/quarkus-app/quarkus-run.jar}" ] || ./mvnw -B -q package -DskipTests
# pgbench first, before the app holds any connection (64 clients beside its pool can pass max_connections).
for c in 16 64; do
  su postgres -c "pgbench -N -M prepared -c $c -j 2 -T ${DURATION%s} uglymugs_pgbench" > "$WORK/pgbench-$c.txt" 2>&1 \
    || { tail -5 "$WORK/pgbench-$c.txt" >&2; exit 1; }
done

eval "$(deploy/keys.sh | sed 's/^/export /')"
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java $JAVA_OPTS -Dquarkus.profile=bench -jar "${APP_JAR:-target/quarkus-app/quarkus-run.jar}" > "$WORK/app.log" 2>&1 & APP=$!
for _ in $(seq 1 60); do curl -fs "$BASE/api/v1/areas" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/api/v1/areas" >/dev/null || { tail -20 "$WORK/app.log" >&2; exit 1; }

wrk -t2 -c16 -d"$WARMUP" -s deploy/bench/intake.lua "$BASE" >/dev/null 2>&1
# CPU used so far (user + system, ms): by the app's JVM, and by every PostgreSQL process together.
# Steadier than reports/s on a shared machine: the CPU a report costs does not depend on who else runs.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} END {print int(t * 1000 / hz)}' "$@" 2>/dev/null; }
app_cpu() { cpu_ms "/proc/$APP/stat"; }
pg_cpu() { cpu_ms $(pgrep -u postgres | sed 's|.*|/proc/&/stat|'); }
run() { # connections
  local app0 pg0 stored0
  app0=$(app_cpu) pg0=$(pg_cpu) stored0=$(psql_su "-d $DB -c 'select count(*) from report'")
  wrk -t2 -c"$1" -d"$DURATION" -s deploy/bench/intake.lua "$BASE" > "$WORK/wrk.txt" 2>&1
  local app_ms=$(( $(app_cpu) - app0 )) pg_ms=$(( $(pg_cpu) - pg0 ))
  local stored=$(( $(psql_su "-d $DB -c 'select count(*) from report'") - stored0 ))
  grep -q '^INTAKE ' "$WORK/wrk.txt" || { cat "$WORK/wrk.txt" >&2; exit 1; }
  grep "^INTAKE status" "$WORK/wrk.txt" | sed "s/^/intake.sh: c=$1 /" >&2 || true
  python3 - "$1" "$WORK/wrk.txt" "$WORK/pgbench-$1.txt" "$app_ms" "$pg_ms" "$stored" <<'PY'
import re, sys
c, wrk, pg = sys.argv[1], open(sys.argv[2]).read(), open(sys.argv[3]).read()
app_ms, pg_ms, stored = (int(v) for v in sys.argv[4:7])
rps, p50, p99, errors = re.search(r"^INTAKE rps=(\S+) p50_ms=(\S+) p99_ms=(\S+) non2xx=(\S+)", wrk, re.M).groups()
tps = float(re.search(r"tps = ([0-9.]+) \(without initial", pg).group(1))
print(f"connections={c} reports_per_s={float(rps):.0f} p50_ms={float(p50):.1f} p99_ms={float(p99):.1f} "
      f"non2xx={errors} pgbench_N_tps={tps:.0f} ratio={float(rps) / tps:.2f} "
      f"app_cpu_ms_per_report={app_ms / max(stored, 1):.2f} pg_cpu_ms_per_report={pg_ms / max(stored, 1):.2f}")
PY
}
C16=$(run 16); echo "intake.sh: $C16" >&2
C64=$(run 64); echo "intake.sh: $C64" >&2
STORED=$(psql_su "-d $DB -c 'select count(*) from report'")
echo "intake.sh: $STORED reports stored" >&2
echo "c16: $C16 | c64: $C64 | java_opts='$JAVA_OPTS' java=$JAVA_MAJOR load=$(cut -d' ' -f1 /proc/loadavg)"
