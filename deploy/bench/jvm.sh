# The JVM options the benchmarks share with the image (src/main/docker/Dockerfile.jvm). Sourced, not run.

# The Java feature release on the PATH (17, 21, 25, ...).
java_major() { java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }

# The image runs Java 25 (for its ahead-of-time cache); so do the benchmarks, with the first JDK 25 or
# later under /usr/lib/jvm, unless BENCH_JAVA_HOME names another (BENCH_JAVA_HOME= keeps the PATH's).
if [ -z "${BENCH_JAVA_HOME+set}" ]; then
  for jdk in /usr/lib/jvm/*/; do
    if [ -x "$jdk/bin/java" ] && [ "$(PATH="$jdk/bin:$PATH" java_major)" -ge 25 ] 2>/dev/null; then
      BENCH_JAVA_HOME="${jdk%/}"; break
    fi
  done
fi
if [ -n "${BENCH_JAVA_HOME:-}" ]; then export PATH="$BENCH_JAVA_HOME/bin:$PATH"; fi
# Asked once: a `java -version` costs a JVM start, which must not fall inside a timed start.
JAVA_MAJOR=$(java_major)

# The image's JVM options (src/main/docker/Dockerfile.jvm: GC_CONTAINER_OPTIONS and the measured part
# of JAVA_OPTS_APPEND): a 92 MB heap, the serial collector, freed C heap handed back every 5 s, and the
# optimising JIT tier held back until a method is ten times as hot as by default.
IMAGE_JAVA_OPTS="-Xmx92m -Xmn12m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000"

# The options for a start that keeps the classes a start loads, so the next start need not load them
# again: $1 is "train" (the first start, which writes file $2 when it stops) or "mapped" (a later start,
# which maps it). Java 25 and later keep an ahead-of-time cache (JEP 483: classes loaded and linked;
# JEP 515: the method profiles of the training start); Java 19-24 a dynamic class-data archive written
# at exit (-XX:+AutoCreateSharedArchive); Java 17 the same archive with its older options. Prints nothing
# when ARCHIVE=off.
class_archive_opts() { # train|mapped file
  [ "${ARCHIVE:-on}" = off ] && return 0
  if [ "$JAVA_MAJOR" -ge 25 ]; then
    if [ "$1" = train ]; then echo "-XX:AOTCacheOutput=$2"; else echo "-XX:AOTCache=$2"; fi
  elif [ "$JAVA_MAJOR" -ge 19 ]; then echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$2"
  elif [ "$1" = train ]; then echo "-XX:ArchiveClassesAtExit=$2"
  else echo "-XX:SharedArchiveFile=$2"; fi
}
