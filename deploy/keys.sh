#!/usr/bin/env bash
# Prints a fresh AES-256 key ring and HMAC key in the format the app reads, as .env lines:
#   deploy/keys.sh >> deploy/compose/.env        (one box)
#   deploy/keys.sh | kubectl create secret generic uglymugs-secrets --from-env-file=/dev/stdin ...
# Keep the output secret and backed up apart from database backups: without the keys no stored
# report can be opened, and with them and a backup every one can.
#
# Rotating (README, "Rotating the AES key" and "Rotating the HMAC key"):
#   deploy/keys.sh --new-aes-key    prints a new key id and key: append "id:key" to
#                                   UGLYMUGS_CRYPTO_KEYS and make the id UGLYMUGS_CRYPTO_ACTIVE_KEY_ID
#   deploy/keys.sh --new-hmac-key   prints a new HMAC key: make it UGLYMUGS_CRYPTO_HMAC_KEY and move the
#                                   old one to UGLYMUGS_CRYPTO_HMAC_PREVIOUS_KEYS (comma list)
# then restart every instance and run deploy/rotate-keys.sh. Retire an old key only once
# GET /api/v1/admin/keys counts 0 for it (for the HMAC key: receipts move only when used).
set -euo pipefail
key_id="k$(date -u +%Y%m%d)"
rand() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }
case "${1:-}" in
  --new-aes-key)
    echo "${key_id}:$(rand)"
    ;;
  --new-hmac-key)
    rand
    echo
    ;;
  "")
    echo "UGLYMUGS_CRYPTO_ACTIVE_KEY_ID=${key_id}"
    echo "UGLYMUGS_CRYPTO_KEYS=${key_id}:$(rand)"
    echo "UGLYMUGS_CRYPTO_HMAC_KEY=$(rand)"
    ;;
  *)
    echo "usage: deploy/keys.sh [--new-aes-key | --new-hmac-key]" >&2
    exit 64
    ;;
esac
