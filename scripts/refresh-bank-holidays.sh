#!/usr/bin/env bash
# Refreshes the bank-holiday snapshot embedded in Macpt.WorkingDays from the gov.uk feed.
#
#   scripts/refresh-bank-holidays.sh             download https://www.gov.uk/bank-holidays.json
#   scripts/refresh-bank-holidays.sh feed.json   use a feed already saved (no network)
#
# gov.uk drops past years from its feed (in August 2025 it started at 2024), so the feed is
# merged rather than copied: for each division, years the feed lists are taken from the feed;
# earlier years are kept from the current snapshot, so old deadlines keep their holidays.
#
# Current snapshot source: ministryofjustice/govuk-bank-holidays,
# govuk_bank_holidays/bank-holidays.json at commit 4a2b76d5be92948e6cdf1949a82e9084be506a9e
# (2026-02-25), a cache of the gov.uk feed covering 2012-2028 (see the library's README.md).
#
# After running: rebuild, run the Macpt.WorkingDays tests (add the new year's dates to
# BankHolidayFeedTests by hand from gov.uk), then commit the snapshot.
set -euo pipefail

FEED_URL="https://www.gov.uk/bank-holidays.json"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SNAPSHOT="$ROOT/src/BuildingBlocks/Macpt.WorkingDays/bank-holidays.json"

TMP_DIR="$(mktemp -d)"
trap 'rm -rf "$TMP_DIR"' EXIT
FEED="$TMP_DIR/feed.json"

if [[ $# -ge 1 ]]; then
  cp -- "$1" "$FEED"
else
  curl --fail --silent --show-error --location --max-time 60 -o "$FEED" "$FEED_URL"
fi

python3 - "$FEED" "$SNAPSHOT" "$TMP_DIR/merged.json" <<'PY'
import datetime
import json
import sys

feed_path, snapshot_path, out_path = sys.argv[1:4]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def events_of(doc, division):
    events = doc.get(division, {}).get("events")
    if not isinstance(events, list):
        return []
    for e in events:
        datetime.date.fromisoformat(e["date"])  # rejects anything but YYYY-MM-DD
    return events


feed = load(feed_path)
if not events_of(feed, "england-and-wales"):
    sys.exit("refresh-bank-holidays: the feed has no england-and-wales events; snapshot left unchanged")

old = load(snapshot_path)
merged = {}
for division in list(feed) + [d for d in old if d not in feed]:
    new_events = events_of(feed, division)
    first_new_year = min((e["date"][:4] for e in new_events), default="9999")
    kept = [e for e in events_of(old, division) if e["date"][:4] < first_new_year]
    events = sorted(kept + new_events, key=lambda e: e["date"])
    dates = [e["date"] for e in events]
    if len(dates) != len(set(dates)):
        sys.exit(f"refresh-bank-holidays: duplicate dates in {division}; snapshot left unchanged")
    merged[division] = {"division": division, "events": events}

with open(out_path, "w", encoding="utf-8") as f:
    json.dump(merged, f, indent=2, ensure_ascii=False)
    f.write("\n")

ew = merged["england-and-wales"]["events"]
old_ew = events_of(old, "england-and-wales")
if old_ew and ew[-1]["date"][:4] < old_ew[-1]["date"][:4]:
    sys.exit("refresh-bank-holidays: the feed ends before the current snapshot (stale copy?); snapshot left unchanged")
print(f"england-and-wales: {len(ew)} holidays, covering {ew[0]['date'][:4]} to {ew[-1]['date'][:4]}")
PY

mv -- "$TMP_DIR/merged.json" "$SNAPSHOT"
echo "Snapshot written to ${SNAPSHOT#"$ROOT"/}"
