#!/usr/bin/env bash
# The whole case over HTTP against a running Anju (mvn spring-boot:run) with the demo users:
# a family submits, the clerk reviews, the child is placed automatically (the education officer
# confirms the school place), the supervisor approves, the family downloads the residence certificate.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
HERE=$(cd "$(dirname "$0")" && pwd)
J='Content-Type: application/json'

# The newest open task of a kind that the user may work on.
task() {
  local who=$1 key=$2 id=""
  for _ in $(seq 1 50); do
    id=$(curl -sf -u "$who:$who" "$BASE/engine-rest/task?taskDefinitionKey=$key&candidateUser=$who&sortBy=created&sortOrder=desc&maxResults=1" \
      | python3 -c 'import sys,json; t=json.load(sys.stdin); print(t[0]["id"] if t else "")')
    [ -n "$id" ] && { echo "$id"; return; }
    sleep 0.2
  done
  echo "no $key task for $who" >&2; exit 1
}
work() { # user task-key variables-json
  local id; id=$(task "$1" "$2")
  curl -sf -u "$1:$1" -X POST "$BASE/engine-rest/task/$id/claim" -H "$J" -d "{\"userId\":\"$1\"}"
  curl -sf -u "$1:$1" -X POST "$BASE/engine-rest/task/$id/complete" -H "$J" -d "{\"variables\":$3}"
  echo "$1 completed $2"
}

app=$(curl -sf -u family:family -X POST "$BASE/api/applications" -H "$J" \
  -H "Idempotency-Key: scenario-$(date +%s%N)" -d @"$HERE/sample-application.json")
id=$(echo "$app" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
echo "submitted: $app"

work clerk Task_ReviewEvidence '{"evidenceAccepted":{"value":true},"reviewNote":{"value":"lease and hukou booklet checked"}}'
work education Task_ConfirmSchoolPlacement '{"schoolDecision":{"value":"CONFIRM"}}'
work supervisor Task_DecideApplication '{"approved":{"value":true},"decisionNote":{"value":"approved"}}'

for _ in $(seq 1 50); do
  code=$(curl -sf -u family:family "$BASE/api/applications/$id/certificates" \
    | python3 -c 'import sys,json; c=json.load(sys.stdin); print(c[0]["code"] if c else "")')
  [ -n "$code" ] && break
  sleep 0.2
done
curl -sf -u family:family "$BASE/api/certificates/$code.pdf" -o "certificate-$code.pdf"
curl -sf -u family:family "$BASE/api/applications/$id" | python3 -c '
import sys,json; d=json.load(sys.stdin)
print("status:", d["status"], "| stage:", d["stage"])
for c in d["children"]:
    print("child:", c["fullName"], c.get("school"), c.get("grade"), c.get("clinic"))
    for line in c.get("explanation", []): print("   ", line)
for e in d["timeline"]: print(" ", e["occurredAt"], e["type"], e["actor"], e.get("detail",""))'
echo "certificate saved as certificate-$code.pdf"
