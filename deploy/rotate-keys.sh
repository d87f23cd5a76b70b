#!/usr/bin/env bash
# Re-seals every stored value under the active AES key, through the running service, and waits until
# no stored value needs any other key id. Run it after adding the new key to UGLYMUGS_CRYPTO_KEYS,
# making it UGLYMUGS_CRYPTO_ACTIVE_KEY_ID and restarting every instance (README, "Configuration").
#
#   UGLYMUGS_URL=https://reports.example.org UGLYMUGS_ADMIN_TOKEN=… deploy/rotate-keys.sh
#
# The token is an admin's bearer token (POST /api/v1/auth/token with username, password and a
# current TOTP code): the script never sees a password or a key. It calls the two admin endpoints,
#   POST /api/v1/admin/keys/reseal   starts one run in the cluster (409: one is already running)
#   GET  /api/v1/admin/keys          per key id, how many stored values are sealed under it
# and exits 0 once the run has finished and every key id but the active one is at 0; non-zero if the
# run ended with values left (values that do not open for their row: see the service's log).
# A run that dies (an instance killed, the database restarted) leaves committed batches done: run
# this script again and it carries on from what is still under the old key.
set -euo pipefail
url="${UGLYMUGS_URL:?set UGLYMUGS_URL to the service, e.g. https://reports.example.org}"
token="${UGLYMUGS_ADMIN_TOKEN:?set UGLYMUGS_ADMIN_TOKEN to an admin bearer token}"
poll="${UGLYMUGS_POLL_SECONDS:-5}"
api() { curl -sS --fail-with-body -H "Authorization: Bearer ${token}" "$@"; }

status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer ${token}" \
  "${url}/api/v1/admin/keys/reseal")
case "$status" in
  202) echo "re-seal started" ;;
  409) echo "a re-seal is already running: waiting for it" ;;
  *) echo "POST /api/v1/admin/keys/reseal answered ${status}" >&2; exit 1 ;;
esac

while :; do
  view=$(api "${url}/api/v1/admin/keys")
  # One line per key id, e.g. "keyId=k1 values=12 active=false"; no jq needed.
  echo "$view" | tr '{}' '\n\n' | grep '"keyId"' | while read -r key; do
    for field in keyId values active; do
      printf '%s ' "$(echo "$key" | sed -n "s/.*\"${field}\":\"\{0,1\}\([^\",]*\).*/${field}=\1/p")"
    done
    echo
  done
  if echo "$view" | grep -q '"lastRun":{[^}]*"finishedAt":"'; then
    break
  fi
  sleep "$poll"
done
echo "$view" | sed -n 's/.*"outcome":"\([^"]*\)".*/last run: \1/p'
if echo "$view" | tr '{}' '\n\n' | grep '"keyId"' | grep '"active":false' | grep -q '"values":[1-9]'; then
  echo "values are still sealed under an old key id: do not remove it yet (see the service's log)" >&2
  exit 2
fi
echo "every stored value is under the active key: the old key ids can be removed from UGLYMUGS_CRYPTO_KEYS"
