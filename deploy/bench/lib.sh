# Steps the fan-out benchmark and the fault run share, through the public API of a running app.
# Sourced, not run. Every function takes the app's base URL first.

# Subscribes addresses <prefix>1…<prefix>N@<prefix>.test to the metropolitan area, 8 at a time.
bench_subscribe() { # base n prefix
  seq 1 "$2" | xargs -P 8 -I{} curl -fs -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$3{}@$3.test\",\"areas\":[\"metropolitan\"],\"categories\":[],\"minSeverity\":\"LOW\",\"language\":\"en\",\"cadence\":\"IMMEDIATE\",\"discreet\":false}" \
    "$1/api/v1/subscriptions" || true
}

# Confirms every token in the sink's token file (lines "<recipient> <token>").
bench_confirm() { # base tokens-file
  awk '{print $2}' "$2" | sort -u | xargs -P 8 -I{} curl -fs -o /dev/null -H 'Content-Type: application/json' \
    -d '{"token":"{}"}' "$1/api/v1/subscriptions/confirm" || true
}

# A bearer token for the dev profile's demo moderator (its TOTP code computed here).
bench_moderator_token() { # base
  local totp
  totp=$(python3 -c '
import base64,hmac,struct,time,hashlib
k=base64.b32decode("MODERATORDEMOSECRETMODERATORDEMO"); c=int(time.time())//30
h=hmac.new(k,struct.pack(">Q",c),hashlib.sha1).digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))')
  curl -fs -H 'Content-Type: application/json' \
    -d "{\"username\":\"moderator\",\"password\":\"demo-moderator-password\",\"totp\":\"$totp\"}" \
    "$1/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# Files a report in the metropolitan area that consents to warning others; prints its reference.
bench_file_report() { # base
  curl -fs -H 'Content-Type: application/json' -d "{\"categories\":[\"PHYSICAL_ASSAULT\"],\"account\":\"Benchmark report.\",\"occurredAt\":{\"date\":\"$(date -d yesterday +%F)\"},\"area\":\"metropolitan\",\"setting\":\"OUTCALL\",\"consents\":{\"alertOthers\":true,\"policeIntel\":false,\"policeContactMe\":false,\"supportContactMe\":false,\"research\":false},\"language\":\"en\"}" \
    "$1/api/v1/reports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])'
}

# Publishes an alert from the report through the moderation API.
bench_publish() { # base bearer reference title
  curl -fs -o /dev/null -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"decision\":\"PUBLISH\",\"override\":[],\"alert\":{\"title\":\"$4\",\"summary\":\"Benchmark summary.\",\"identifierIds\":[],\"severity\":\"HIGH\",\"areas\":[\"metropolitan\"],\"categories\":[\"PHYSICAL_ASSAULT\"]}}" \
    "$1/api/v1/moderation/reports/$3/decision"
}
