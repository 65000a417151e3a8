#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to run or test Macpt: PostgreSQL 15 and RabbitMQ from
# Debian's packages (not started as services: the AppHost runs them), then restores NuGet packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v /usr/lib/postgresql/15/bin/postgres >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
# jq reads .data/dev-identities.json in the README's examples and in scripts/bench.sh.
command -v jq >/dev/null 2>&1 || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages…"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
dotnet restore Macpt.sln --nologo -v q
dotnet tool restore >/dev/null
