#!/usr/bin/env bash
# Runs the whole system: PostgreSQL, RabbitMQ, the five services, the gateway and the dashboard.
# Gateway: http://localhost:${MACPT_GATEWAY_PORT:-8080}. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build Macpt.AppHost --nologo -v q -clp:ErrorsOnly

export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
exec dotnet run --project Macpt.AppHost --no-build --launch-profile http -- \
  --Macpt:GatewayPort="${MACPT_GATEWAY_PORT:-8080}"
