#!/usr/bin/env bash
# Moves every stored value to the active keys, through the running service: first re-seals under the
# active AES key, then re-hashes under the active HMAC key, waiting for each run to finish. Run it after
# changing the keys and restarting every instance (README, "Rotating the AES key" and "Rotating the
# HMAC key"; deploy/keys.sh --new-aes-key / --new-hmac-key print new keys).
#
#   UGLYMUGS_URL=https://reports.example.org UGLYMUGS_ADMIN_TOKEN=… deploy/rotate-keys.sh [aes|hmac]
#
# With no argument it does both; "aes" or "hmac" does one. The token is an admin's bearer token
# (POST /api/v1/auth/token with username, password and a current TOTP code): the script never sees a
# password or a key. It calls the admin endpoints,
#   POST /api/v1/admin/keys/reseal   starts one AES re-seal in the cluster (409: one is already running)
#   POST /api/v1/admin/keys/rehash   starts one HMAC re-hash in the cluster (409: likewise)
#   GET  /api/v1/admin/keys          per key id, how many stored values still need it (HMAC: in "hmac")
# Exit codes: 0 when done; 2 when AES values are still sealed under an old key id (values that do not
# open for their row: see the service's log). After the HMAC re-hash, receipts not used since the
# rotation stay under the old HMAC key (only their hash is stored; each moves when its reporter uses
# it): the script lists what each old HMAC key still holds; keep that key until it holds nothing.
# A run that dies (an instance killed, the database restarted) leaves committed batches done: run
# this script again and it carries on from what is still under the old key.
set -euo pipefail
url="${UGLYMUGS_URL:?set UGLYMUGS_URL to the service, e.g. https://reports.example.org}"
token="${UGLYMUGS_ADMIN_TOKEN:?set UGLYMUGS_ADMIN_TOKEN to an admin bearer token}"
poll="${UGLYMUGS_POLL_SECONDS:-5}"
which="${1:-both}"
api() { curl -sS --fail-with-body -H "Authorization: Bearer ${token}" "$@"; }

# The AES part of the view is everything before "hmac"; the HMAC part everything after it.
aes_part() { local v="$1"; echo "${v%%\"hmac\":*}"; }
hmac_part() { local v="$1"; case "$v" in *'"hmac":'*) echo "${v#*\"hmac\":}" ;; *) echo "" ;; esac; }

# One line per key id, e.g. "keyId=k1 values=12 active=false"; no jq needed.
key_lines() {
  echo "$1" | tr '{}' '\n\n' | grep '"keyId"' | while read -r key; do
    for field in keyId values active; do
      printf '%s ' "$(echo "$key" | sed -n "s/.*\"${field}\":\"\{0,1\}\([^\",]*\).*/${field}=\1/p")"
    done
    echo
  done
}

# start <path> <name> <part function>: starts a run and waits for its lastRun to finish.
run() {
  local path="$1" name="$2" part="$3" status view
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer ${token}" \
    "${url}/api/v1/admin/keys/${path}")
  case "$status" in
    202) echo "${name} started" ;;
    409) echo "a ${name} is already running: waiting for it" ;;
    *) echo "POST /api/v1/admin/keys/${path} answered ${status}" >&2; exit 1 ;;
  esac
  while :; do
    view=$("$part" "$(api "${url}/api/v1/admin/keys")")
    key_lines "$view"
    if echo "$view" | grep -q '"lastRun":{[^}]*"finishedAt":"'; then
      break
    fi
    sleep "$poll"
  done
  echo "$view" | sed -n 's/.*"outcome":"\([^"]*\)".*/last run: \1/p'
  LAST_VIEW="$view"
}

if [ "$which" = both ] || [ "$which" = aes ]; then
  run reseal "re-seal" aes_part
  if key_lines "$LAST_VIEW" | grep 'active=false' | grep -q 'values=[1-9]'; then
    echo "values are still sealed under an old AES key id: do not remove it yet (see the service's log)" >&2
    exit 2
  fi
  echo "every stored value is under the active AES key: the old key ids can be removed from UGLYMUGS_CRYPTO_KEYS"
fi
if [ "$which" = both ] || [ "$which" = hmac ]; then
  run rehash "re-hash" hmac_part
  if key_lines "$LAST_VIEW" | grep 'active=false' | grep -q 'values=[1-9]'; then
    echo "rows are still under an old HMAC key (receipts not used since the rotation, confirmations"
    echo "waiting, or values that do not open: see the service's log): keep that key in"
    echo "UGLYMUGS_CRYPTO_HMAC_PREVIOUS_KEYS until GET /api/v1/admin/keys counts 0 for it"
  else
    echo "nothing needs an old HMAC key any more: it can be removed from UGLYMUGS_CRYPTO_HMAC_PREVIOUS_KEYS"
  fi
fi
