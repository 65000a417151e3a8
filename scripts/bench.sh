#!/usr/bin/env bash
# The benchmark in one command (docs/benchmarks.md): starts the system as scripts/run.sh does (Release,
# a temporary data folder, its own free ports) or uses a running one, then
#   1. pgbench's ceiling on the same PostgreSQL: a referral-shaped transaction (referral, outbox and
#      idempotency rows; synchronous commit) in a scratch database, at each client count of step 2;
#   2. closed-loop referrals with decisions through the gateway at each client count;
#   3. the same load straight at the referrals service (its own port), for the gateway's overhead;
#   4. 200 referrals/s open loop: decision answered → strategy discussion visible in enquiries, p50/p95/p99;
#   5. resident memory of every service, sampled each second during 2–4 and the year replay;
#   6. the cost of validating one access token (CPU µs and bytes per validation, one thread);
#   and a replay of a fraction of England's year of referrals, projected to the whole year.
# Prints one table and keeps the raw figures (JSON, CSV, pgbench output, results.md) in the results folder.
#
# scripts/bench.sh --faults [--fault-stream 10000] instead runs the fault tests (tests/Macpt.EndToEnd.Tests/FaultTests.cs)
# on streams of --fault-stream referrals with decisions each (10,000 by default; CI runs them on 600): RabbitMQ SIGKILLed
# with unsent outbox rows and a consumer holding unacknowledged messages, PostgreSQL's postmaster SIGKILLed, a consumer
# replica SIGKILLed holding unacknowledged messages. The tests start their own system; the measured counts they print
# (accepted, refused by status, lost, duplicated, in error queues) are kept in faults.txt in the results folder, the
# whole test log beside it (faults.log.gz). Build first (--no-build then keeps the build out of the lock's timeout).
#
# Usage: scripts/bench.sh [--quick] [--url http://127.0.0.1:PORT --data-dir DIR] [--out DIR]
#          [--clients "1 4 16"] [--seconds 12] [--open-seconds 15] [--rate 200] [--year-fraction 0.001]
#          [--replicas 1] [--no-build] | --faults [--fault-stream N]
#   --quick          a few seconds of load per step (for development on a shared machine)
#   --url/--data-dir use a running system (its gateway, and the data folder holding dev-identities.json and postgres.password)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

clients="1 4 16"; seconds=12; open_seconds=15; rate=200; year_fraction=0.001; year_total=620000
replicas=1; url=""; data_dir=""; out=""; build=1; warmup=3; pg_seconds=10; faults=0; fault_stream=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) clients="4"; seconds=3; open_seconds=3; year_fraction=0.0005; warmup=1; pg_seconds=3; shift ;;
    --url) url=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --open-seconds) open_seconds=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --year-fraction) year_fraction=$2; shift 2 ;;
    --replicas) replicas=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --faults) faults=1; shift ;;
    --fault-stream) fault_stream=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
if [ -n "$url" ] && [ -z "$data_dir" ]; then echo "--url needs --data-dir (dev-identities.json, postgres.password)" >&2; exit 2; fi

out=${out:-benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"; out=$(cd "$out" && pwd)
pgbin=/usr/lib/postgresql/15/bin
generator=(dotnet "$repo/benchmarks/Macpt.LoadGenerator/bin/Release/net10.0/Macpt.LoadGenerator.dll")
log() { echo "[bench $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)] $*"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

if [ "$faults" = 1 ]; then
  echo "[bench $(date -u +%H:%M:%S)] fault tests on streams of $fault_stream referrals (Release); full log in $out/faults.log"
  [ "$build" = 1 ] && dotnet build tests/Macpt.EndToEnd.Tests -c Release --nologo -v q -clp:ErrorsOnly
  set +e
  MACPT_FAULT_STREAM=$fault_stream dotnet test tests/Macpt.EndToEnd.Tests -c Release --no-build --nologo \
    --filter "FullyQualifiedName~FaultTests" --logger "console;verbosity=detailed" > "$out/faults.log" 2>&1
  status=$?
  set -e
  # The tests' own measured lines (each also in the test output), and the verdicts.
  grep -a -E '^\s*(RabbitMQ|PostgreSQL|enquiries replica|stream done|settled at|NOT settled|held through|error queue|decided during|enquiries answered)' "$out/faults.log" \
    | sed 's/^ *//' | awk '!seen[$0]++' > "$out/faults.txt"
  grep -a -E '^\s+(Passed|Failed) Macpt' "$out/faults.log" | sed 's/^ *//' >> "$out/faults.txt"
  grep -a -E '^(Total tests|\s+Passed:|\s+Failed:|\s*Total time)' "$out/faults.log" | sed 's/^ *//' >> "$out/faults.txt"
  cat "$out/faults.txt"
  gzip -f "$out/faults.log" # every service's console output: large
  exit "$status"
fi

if [ "$build" = 1 ]; then
  log "building Release (AppHost with every service, load generator)"
  [ -n "$url" ] || dotnet build Macpt.AppHost -c Release --nologo -v q -clp:ErrorsOnly
  dotnet build benchmarks/Macpt.LoadGenerator -c Release --nologo -v q -clp:ErrorsOnly
fi

apphost_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  if [ -n "$apphost_pid" ]; then
    log "stopping the AppHost (SIGTERM to $apphost_pid)"
    epmd_port=$(pgrep -af "beam.*$data_dir" | sed -n 's/.*-epmd_port \([0-9]*\).*/\1/p' | head -1)
    kill -TERM "$apphost_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$apphost_pid" 2>/dev/null || break; sleep 1; done
    # Aspire's orchestrator stops PostgreSQL and RabbitMQ just after the AppHost exits: give it 30 s.
    for _ in $(seq 1 30); do pgrep -f "$data_dir" > /dev/null || break; sleep 1; done
    left=$(pgrep -f "$data_dir" || true)
    [ -n "$epmd_port" ] && left="$left $(pgrep -f "epmd.*$epmd_port" || true)"
    if [ -n "${left// /}" ]; then
      # Anything still holding this run's data folder or its epmd port is ours: name it, stop it by pid.
      log "left behind after stop: $(for p in $left; do tr '\0' ' ' < "/proc/$p/cmdline" | cut -c1-120; echo ';'; done)"
      for p in $left; do kill -TERM "$p" 2>/dev/null || true; done
    else
      log "nothing left behind (no process names $data_dir or epmd port ${epmd_port:-?}); removing $data_dir"
      rm -rf "$data_dir"
    fi
  fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT

if [ -z "$url" ]; then
  data_dir=$(mktemp -d /tmp/macpt-bench.XXXXXX)
  gateway_port=$(free_port)
  url="http://127.0.0.1:$gateway_port"
  log "starting the system: data $data_dir, gateway $url, replicas per service $replicas"
  # As scripts/run.sh, but the dashboard and its OTLP and resource endpoints on free ports too, so a
  # running system on the default ports is left alone.
  (
    export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
    export ASPNETCORE_URLS="http://localhost:$(free_port)"
    export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://localhost:$(free_port)"
    export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://localhost:$(free_port)"
    export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://localhost:$(free_port)"
    exec dotnet "$repo/Macpt.AppHost/bin/Release/net10.0/Macpt.AppHost.dll" \
      --Macpt:DataDir="$data_dir" --Macpt:GatewayPort="$gateway_port" --Macpt:Replicas="$replicas"
  ) > "$out/apphost.log" 2>&1 &
  apphost_pid=$!
  for i in $(seq 1 600); do
    if curl -fsS -o /dev/null "$url/health" 2>/dev/null; then break; fi
    if ! kill -0 "$apphost_pid" 2>/dev/null; then echo "the AppHost stopped; see $out/apphost.log" >&2; exit 1; fi
    [ "$i" = 600 ] && { echo "the gateway did not answer /health within 600 s; see $out/apphost.log" >&2; exit 1; }
    sleep 1
  done
  log "gateway healthy"
fi

# Every call carries a token: the load generator gets its own from the gateway with the run's development
# identities (the front door refers, lcpp-0001 decides and reads).
identities="$data_dir/dev-identities.json"
[ -f "$identities" ] || { echo "no $identities: is $data_dir a Macpt data folder?" >&2; exit 1; }
pg_password=$(cat "$data_dir/postgres.password")
pg_port=$(pgrep -af "postgres -D $data_dir/postgres" | sed -n 's/.* -p \([0-9]*\).*/\1/p' | head -1)
[ -n "$pg_port" ] || { echo "no PostgreSQL running on $data_dir/postgres" >&2; exit 1; }
export PGPASSWORD="$pg_password" PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=postgres

# The services of this run: processes whose connection strings name this run's PostgreSQL port; the
# gateway: the process that forwards to this run's identity service and names the issuer of its tokens.
url_port=${url##*:}; url_port=${url_port%%/*}
auth=(--token-url "$url" --identities "$identities")
declare -A service_pid=()
referrals_url=""
for pid in $(pgrep -f 'Macpt\.(Referrals|Enquiries|Conferences|FamilyNetworks|Advocacy|Identity|Gateway)' || true); do
  # Only the service itself (its own executable), not the `dotnet run` that Aspire starts it with.
  case "$(basename "$(readlink "/proc/$pid/exe" 2>/dev/null)")" in Macpt.*) ;; *) continue ;; esac
  env_of=$(tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null) || continue
  name=$(printf '%s\n' "$env_of" | sed -n "s/^ConnectionStrings__\([a-z]*\)=.*Port=$pg_port;.*/\1/p" | head -1)
  if [ -z "$name" ] && printf '%s\n' "$env_of" | grep -q "^Gateway__ForwardTestClock=" \
    && printf '%s\n' "$env_of" | grep -q "^Macpt__Auth__Issuer=http://[^:]*:$url_port/\?$"; then name=gateway; fi
  [ -n "$name" ] || continue
  service_pid["$name-$pid"]=$pid
  if [ "$name" = referrals ] && [ -z "$referrals_url" ]; then
    port=$(printf '%s\n' "$env_of" | sed -n 's/^HTTP_PORTS=\([0-9]*\).*/\1/p; s/^ASPNETCORE_URLS=http:\/\/[^:]*:\([0-9]*\).*/\1/p' | head -1)
    [ -n "$port" ] && referrals_url="http://127.0.0.1:$port"
  fi
done
[ -n "$referrals_url" ] || { echo "could not find the referrals service's own port" >&2; exit 1; }
log "PostgreSQL on $pg_port; referrals directly at $referrals_url; processes: ${!service_pid[*]}"

cat > "$out/meta.json" <<EOF
{"started":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","commit":"$(git rev-parse --short HEAD)","machine":"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo)","cores":$(nproc),"replicas":$replicas,"url":"$url","yearFraction":$year_fraction}
EOF

# Step 5, in the background: each second while a phase is set, VmRSS of every service process, and the
# CPU time (utime+stime ticks) of each service, of PostgreSQL (postmaster and backends) and of RabbitMQ,
# to show what share of the shared 2 cores this run's processes actually got.
postmaster=$(pgrep -f "postgres -D $data_dir/postgres" | head -1)
beam=$(pgrep -f "beam.*$data_dir" | head -1 || true)
# Aspire itself (AppHost, dashboard ingesting every service's telemetry, DCP with its endpoint proxies):
# found from a service up its parents to DCP's controller.
aspire=""
p=${service_pid[$(printf '%s\n' "${!service_pid[@]}" | grep '^referrals-' | head -1)]}
while [ -n "$p" ] && [ "$p" -gt 1 ]; do
  if tr '\0' ' ' < "/proc/$p/cmdline" | grep -q "dcp run-controllers"; then
    api=$(ps -o ppid= -p "$p" | tr -d ' ')
    host=$(tr '\0' ' ' < "/proc/$api/cmdline" | sed -n 's/.*--monitor \([0-9]*\).*/\1/p')
    aspire="$p $api $host $(pgrep -P "$p" -f Aspire.Dashboard || true)"
    break
  fi
  p=$(ps -o ppid= -p "$p" | tr -d ' ')
done
# utime+stime, and for PostgreSQL's postmaster also its reaped backends' (cutime+cstime), so backends
# that come and go are still counted.
ticks() { local t=0 p; for p in "$@"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; echo $t; }
reaped() { awk '{print $16 + $17}' "/proc/$1/stat" 2>/dev/null || echo 0; }
echo "phase,service,pid,rss_kb,load,cpu_ticks,uptime_s,pss_kb,anon_kb" > "$out/rss.csv"
: > "$out/.phase"
(
  while true; do
    phase=$(cat "$out/.phase" 2>/dev/null || true)
    if [ -n "$phase" ]; then
      load=$(cut -d' ' -f1 /proc/loadavg)
      now=$(cut -d' ' -f1 /proc/uptime)
      for k in "${!service_pid[@]}"; do
        kb=$(awk '/^VmRSS/ {print $2}' "/proc/${service_pid[$k]}/status" 2>/dev/null || true)
        # PSS shares the runtime's and libraries' file pages among the processes mapping them; anonymous is the process's own.
        pss=$(awk '/^Pss:/ {p=$2} /^Anonymous:/ {a=$2} END {print p "," a}' "/proc/${service_pid[$k]}/smaps_rollup" 2>/dev/null || echo "0,0")
        [ -n "$kb" ] && echo "$phase,${k%-*},${service_pid[$k]},$kb,$load,$(ticks "${service_pid[$k]}"),$now,$pss" >> "$out/rss.csv"
      done
      # Not services: no resident-memory target, CPU only (rss 0 marks them).
      echo "$phase,postgresql,$postmaster,0,$load,$(( $(ticks "$postmaster" $(pgrep -P "$postmaster")) + $(reaped "$postmaster") )),$now,0,0" >> "$out/rss.csv"
      [ -n "$beam" ] && echo "$phase,rabbitmq,$beam,0,$load,$(ticks "$beam"),$now,0,0" >> "$out/rss.csv"
      [ -n "$aspire" ] && echo "$phase,aspire,${aspire%% *},0,$load,$(ticks $aspire),$now,0,0" >> "$out/rss.csv"
    fi
    sleep 1
  done
) &
sampler_pid=$!
phase() { echo "$1" > "$out/.phase"; }

# Step 1: pgbench's ceiling in a scratch database shaped like the referrals service's own tables.
log "step 1: pgbench ceiling (scratch database bench)"
psql -q -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
"$pgbin/pg_dump" -s --no-owner --no-privileges -t referrals -t outbox_messages -t idempotency_records referrals | psql -q -d bench > /dev/null
cp benchmarks/pgbench/referral-intake.sql "$out/pgbench-referral-intake.sql"
for c in $clients; do
  psql -q -d bench -c "TRUNCATE referrals, outbox_messages, idempotency_records"
  psql -q -d bench -c "CHECKPOINT" > /dev/null
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  PGOPTIONS='-c synchronous_commit=on' "$pgbin/pgbench" -n -M prepared -c "$c" -j "$(( c < 2 ? c : 2 ))" -T "$pg_seconds" \
    -f benchmarks/pgbench/referral-intake.sql bench > "$out/pgbench-c$c.txt" 2>&1
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out/pgbench-c$c.txt" | head -1)
  lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$out/pgbench-c$c.txt" | head -1)
  txs=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out/pgbench-c$c.txt" | head -1)
  echo "{\"clients\":$c,\"tps\":${tps:-0},\"latencyMs\":${lat:-0},\"seconds\":$pg_seconds,\"transactions\":${txs:-0},\"loadAverageBefore\":\"$before\",\"loadAverageAfter\":\"$after\"}" > "$out/pgbench-c$c.json"
  log "pgbench c=$c: $tps tx/s, latency $lat ms (load before $before)"
done
psql -q -d postgres -c "DROP DATABASE bench"

# Steps 2 and 3: closed loop through the gateway, then straight at the referrals service.
max_referrals=$(( seconds * 2000 ))
for c in $clients; do
  phase "gateway-c$c"
  "${generator[@]}" closed "${auth[@]}" --url "$url" --target gateway --concurrency "$c" \
    --max-referrals "$max_referrals" --max-seconds "$seconds" --warmup-seconds "$warmup" --out "$out/gateway-c$c.json"
  phase "direct-c$c"
  "${generator[@]}" closed "${auth[@]}" --url "$referrals_url" --target direct --concurrency "$c" \
    --max-referrals "$max_referrals" --max-seconds "$seconds" --warmup-seconds "$warmup" --out "$out/direct-c$c.json"
done

# Step 4: event latency at a steady open-loop rate.
phase "open-$rate"
log "step 4: $rate referrals/s open loop for $open_seconds s"
"${generator[@]}" open "${auth[@]}" --url "$url" --rate "$rate" --seconds "$open_seconds" \
  --enquiries-db "Host=127.0.0.1;Port=$pg_port;Database=enquiries;Username=postgres;Password=$pg_password" \
  --poll-every 10 --poll-ms 5 --out "$out/open.json"

# And at half the best closed-loop rate this run reached (what the machine could sustain), so the event
# latency is also known where the system is not simply queueing.
best_rate=$(for c in $clients; do jq .referralsPerSecond "$out/gateway-c$c.json"; done | sort -gr | head -1)
sustainable=$(python3 -c "print(max(1, round($best_rate / 2, 1)))")
phase "open-sustainable"
log "step 4b: $sustainable referrals/s open loop for $open_seconds s"
"${generator[@]}" open "${auth[@]}" --url "$url" --rate "$sustainable" --seconds "$open_seconds" \
  --enquiries-db "Host=127.0.0.1;Port=$pg_port;Database=enquiries;Username=postgres;Password=$pg_password" \
  --poll-every 10 --poll-ms 5 --out "$out/open-sustainable.json"

# The year: a fraction of England's referrals, at the client count that gave the most referrals/s.
best=$(for c in $clients; do echo "$(jq .referralsPerSecond "$out/gateway-c$c.json") $c"; done | sort -gr | head -1 | cut -d' ' -f2)
year_count=$(python3 -c "print(max(1, round($year_total * $year_fraction)))")
phase "year"
log "year replay: $year_count referrals with decisions at $best clients"
"${generator[@]}" closed "${auth[@]}" --url "$url" --target year --concurrency "$best" \
  --max-referrals "$year_count" --max-seconds 180 --warmup-seconds 0 --out "$out/year.json"
phase ""

# What checking one access token costs (every service and the gateway do it on every request).
"${generator[@]}" validate "${auth[@]}" --validations 20000 --out "$out/token-validation.json"

echo
"${generator[@]}" report --results "$out" --year-total "$year_total"
rm -f "$out/.phase"
log "raw figures in $out"
