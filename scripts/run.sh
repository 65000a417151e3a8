#!/usr/bin/env bash
# Runs the whole system: PostgreSQL, RabbitMQ, the five services, the gateway and the dashboard.
# Gateway: http://localhost:${MACPT_GATEWAY_PORT:-8080}. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build Macpt.AppHost --nologo -v q -clp:ErrorsOnly

export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
# The dashboard's telemetry API (traces, spans, logs as JSON) for ops tooling, behind a per-run key. The AppHost hands it
# to the dashboard (Macpt.AppHost/TelemetryApi.cs): Aspire overwrites Dashboard__Api__* variables set here.
export Macpt__TelemetryApiKey="${MACPT_TELEMETRY_API_KEY:-$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
echo "Telemetry API: curl -H 'x-api-key: $Macpt__TelemetryApiKey' http://localhost:18888/api/telemetry/traces"
exec dotnet run --project Macpt.AppHost --no-build --launch-profile http -- \
  --Macpt:GatewayPort="${MACPT_GATEWAY_PORT:-8080}"
