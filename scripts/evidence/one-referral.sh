#!/usr/bin/env bash
# One referral through a running system (scripts/run.sh): received, decided (strategy discussion), the discussion held
# with the threshold met (a Section 47 enquiry starts), so every service sees it. Prints the referral id.
set -euo pipefail
cd "$(dirname "$0")/../.."
GW=${GW:-http://localhost:8080}
IDS=.data/dev-identities.json
SECRET=$(jq -r '.clients["mash-front-door"]' $IDS)
TOKEN=$(curl -sf $GW/connect/token -d grant_type=client_credentials -d client_id=mash-front-door -d "client_secret=$SECRET" | jq -r .access_token)
PASSWORD=$(jq -r '.users["lcpp-0001"].password' $IDS)
LCPP=$(curl -sf $GW/connect/token -d grant_type=password -d client_id=macpt-cli -d username=lcpp-0001 -d "password=$PASSWORD" | jq -r .access_token)
CHILD="EV$(date +%s)"
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
TODAY=$(TZ=Europe/London date +%Y-%m-%d)
REF=$(curl -sf -X POST $GW/api/referrals -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: ev-$CHILD" \
  -d "{\"child\":{\"laChildId\":\"$CHILD\",\"firstName\":\"Sam\",\"lastName\":\"Example\",\"dateOfBirth\":\"2016-05-17\",\"sex\":\"M\"},\"referralSource\":\"2A\",\"concerns\":\"-\",\"receivedAt\":\"$NOW\"}" | jq -r .id)
curl -sf -X POST $GW/api/referrals/$REF/decision -H "Authorization: Bearer $LCPP" -H 'Content-Type: application/json' \
  -d '{"decision":"strategy-discussion","reason":"-"}' >/dev/null
for i in $(seq 1 30); do
  SD=$(curl -sf "$GW/api/enquiries/strategy-discussions?referralId=$REF" -H "Authorization: Bearer $LCPP" | jq -r '.items[0].id // empty')
  [ -n "$SD" ] && break; sleep 1
done
curl -sf -X POST $GW/api/enquiries/strategy-discussions/$SD/outcome -H "Authorization: Bearer $LCPP" -H 'Content-Type: application/json' \
  -d "{\"heldOn\":\"$TODAY\",\"thresholdMet\":true,\"reasons\":\"-\",\"offerFamilyNetworkMeeting\":true,
       \"attended\":[{\"agency\":\"local-authority\",\"role\":\"LCPP\",\"practitionerId\":\"lcpp-0001\"},{\"agency\":\"police\",\"role\":\"DS\",\"practitionerId\":\"pol-1\"},{\"agency\":\"health\",\"role\":\"Named nurse\",\"practitionerId\":\"nhs-1\"},{\"agency\":\"education\",\"role\":\"DSL\"}],
       \"safetyActions\":[{\"action\":\"-\",\"ownerAgency\":\"local-authority\",\"dueBy\":\"$TODAY\"}]}" >/dev/null
echo "$REF $CHILD"
