#!/usr/bin/env bash
# Prints a fresh AES-256 key ring and HMAC key in the format the app reads, as .env lines:
#   deploy/keys.sh >> deploy/compose/.env        (one box)
#   deploy/keys.sh | kubectl create secret generic uglymugs-secrets --from-env-file=/dev/stdin ...
# Keep the output secret and backed up apart from database backups: without the keys no stored
# report can be opened, and with them and a backup every one can.
set -euo pipefail
key_id="k$(date -u +%Y%m%d)"
rand() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }
echo "UGLYMUGS_CRYPTO_ACTIVE_KEY_ID=${key_id}"
echo "UGLYMUGS_CRYPTO_KEYS=${key_id}:$(rand)"
echo "UGLYMUGS_CRYPTO_HMAC_KEY=$(rand)"
