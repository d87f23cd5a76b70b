#!/usr/bin/env bash
# Hand-written mutants for the claims PIT does not reach (logs, URLs, the audit chain, login
# answers, form tokens, timing). Each deploy/mutants/*.patch is a plausible regression against one
# claim of the README; its header names the claim and the tests that guard it:
#   # claim: no client address in the log
#   # tests: PrivacyTest,ReportResourceTest
# For each patch, in a scratch clone of HEAD: apply it, run only those tests, and count the mutant
# killed when they fail (a patch that no longer applies or compiles is reported and counts as not
# killed, so a stale list cannot pass). Takes minutes per mutant: run by hand, not in CI.
#   deploy/mutants.sh                 all patches
#   deploy/mutants.sh 03 07           only those whose names start with 03 or 07
# UGLYMUGS_TEST_DB_URL picks the test database (default as in deploy/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
deploy/postgres.sh >/dev/null
deploy/chromium.sh >/dev/null
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
work=$(mktemp -d /tmp/uglymugs-mutants.XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/repo"
# The clone shares the local Maven repository; build once so each mutant only recompiles.
(cd "$work/repo" && ./mvnw -B -q test-compile -Dspotless.check.skip=true > "$work/build.log" 2>&1) \
  || { tail -20 "$work/build.log" >&2; echo "mutants.sh: HEAD does not build" >&2; exit 1; }

patches=()
for p in deploy/mutants/*.patch; do
  name=$(basename "$p")
  if [ $# -eq 0 ]; then patches+=("$p"); continue; fi
  for want in "$@"; do [[ "$name" == "$want"* ]] && patches+=("$p"); done
done
[ ${#patches[@]} -gt 0 ] || { echo "mutants.sh: no patch selected" >&2; exit 1; }

killed=0 survived=0 broken=0
for p in "${patches[@]}"; do
  name=$(basename "$p" .patch)
  claim=$(sed -n 's/^# claim: //p' "$p" | head -1)
  tests=$(sed -n 's/^# tests: //p' "$p" | head -1)
  (cd "$work/repo" && git checkout -q -- . && git clean -qfd src)
  if ! (cd "$work/repo" && git apply "$root/$p"); then
    echo "mutant $name: DOES NOT APPLY ($claim)"; broken=$((broken + 1)); continue
  fi
  log="$work/$name.log"
  start=$(date +%s)
  if (cd "$work/repo" && ./mvnw -B verify -Dspotless.check.skip=true -Dtest="$tests" \
        -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1); then
    echo "mutant $name: SURVIVED in $(( $(date +%s) - start )) s — $claim (tests: $tests)"
    survived=$((survived + 1))
  elif grep -q "COMPILATION ERROR" "$log"; then
    echo "mutant $name: DOES NOT COMPILE ($claim)"; broken=$((broken + 1))
  else
    failed=$(grep -Eo "Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+" "$log" | tail -1)
    echo "mutant $name: killed in $(( $(date +%s) - start )) s — $claim ($failed)"
    killed=$((killed + 1))
  fi
done
total=${#patches[@]}
echo "hand-written mutants: $killed killed of $total ($survived survived, $broken stale)"
[ "$killed" -eq "$total" ]
