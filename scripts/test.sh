#!/usr/bin/env bash
# Runs every test (extra arguments go to dotnet test, e.g. --logger trx): unit tests, architecture tests, and the end-to-end tests that start the whole
# system (real PostgreSQL and RabbitMQ, on free ports and a throw-away data folder).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# The code style of .editorconfig holds everywhere; a change that breaks it fails the run (the tests still run).
dotnet format Macpt.sln --verify-no-changes
format_status=$?
[ "$format_status" -eq 0 ] && echo "dotnet format: no changes needed" || echo "dotnet format: files need formatting (run: dotnet format Macpt.sln)"
dotnet test Macpt.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$format_status" -eq 0 ] || status=1
set -e

# One closing line over every test assembly.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
# Stopping the AppHost must leave no server behind (the test runs use folders named macpt-tests-*).
sleep 2
if leftovers=$(pgrep -af 'macpt-tests-' | grep -v pgrep); then
  echo "Server processes outlived the test run:"; echo "$leftovers"
  status=1
fi
exit "$status"
