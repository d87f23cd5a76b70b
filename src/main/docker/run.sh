#!/bin/sh
# The image's entry point (src/main/docker/Dockerfile.jvm): starts the app through the base image's
# run-java.sh with Java 25's ahead-of-time cache (JEP 483: the classes a start loads, already parsed
# and linked; JEP 515: the method profiles of that start). README, "Performance", has the figures.
#
# - No cache yet for this build: this start is the training run. The JVM writes the cache when it
#   stops, as <name>.part; only a stop that finished writing it, after a start that worked, renames
#   it. A stop cut short (SIGKILL after the grace period) leaves no half-written cache behind, and a
#   start that failed (no database, say) no cache of a failure; the next start trains again.
# - A cache for this build: this start maps it.
# The cache's name carries the build's id, so an image with other code never maps another build's
# cache (the JVM would refuse it, and nothing would write a new one); caches of other builds are
# removed.
set -eu
dir="${UGLYMUGS_AOT_DIR:-/deployments/cds}"
build="$(cat "${UGLYMUGS_BUILD_ID_FILE:-/deployments/build-id}")"
run_java="${UGLYMUGS_RUN_JAVA:-/opt/jboss/container/java/run/run-java.sh}"
cache="$dir/uglymugs-$build.aot"

for old in "$dir"/uglymugs-*; do
  case "$old" in "$cache" | "$cache".*) ;; *) [ -e "$old" ] && rm -f "$old" ;; esac
done

if [ -s "$cache" ]; then
  JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} -XX:AOTCache=$cache"
  export JAVA_OPTS_APPEND
  exec "$run_java" "$@"
fi

rm -f "$cache.part"
JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} -XX:AOTCacheOutput=$cache.part"
export JAVA_OPTS_APPEND
"$run_java" "$@" &
app=$!
trap 'kill -TERM "$app" 2>/dev/null' TERM INT
# wait returns early when a signal arrives; wait again until the JVM (and its cache writing) is done.
status=0
while kill -0 "$app" 2>/dev/null; do
  if wait "$app"; then status=0; else status=$?; fi
done
# 0: stopped by itself; 143: stopped by SIGTERM, as every orchestrator stops it.
if [ -s "$cache.part" ] && { [ "$status" = 0 ] || [ "$status" = 143 ]; }; then
  mv "$cache.part" "$cache"
  echo "run.sh: ahead-of-time cache written ($(wc -c < "$cache") bytes); the next start maps it" >&2
else
  rm -f "$cache.part"
fi
exit "$status"
