#!/usr/bin/env bash
# Creates the PostgreSQL cluster for a Macpt run, once: run by the AppHost before the server.
# Usage: postgres-init.sh <pg-bin-dir> <cluster-dir> <password-file>
set -euo pipefail
bin=$1 cluster=$2 pwfile=$3

if [ -f "$cluster/PG_VERSION" ]; then
  echo "PostgreSQL cluster already exists at $cluster"
  exit 0
fi

mkdir -p "$cluster"
chmod 700 "$cluster"
# Every folder above the cluster must be traversable by the server's user.
d=$(dirname "$cluster"); while [ "$d" != "/" ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done

if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$cluster"
  tmp=$(mktemp); cp "$pwfile" "$tmp"; chown postgres "$tmp"
  setpriv --reuid=postgres --regid=postgres --init-groups \
    "$bin/initdb" -D "$cluster" -U postgres --pwfile="$tmp" --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8
  rm -f "$tmp"
else
  "$bin/initdb" -D "$cluster" -U postgres --pwfile="$pwfile" --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8
fi
echo "PostgreSQL cluster created at $cluster"
