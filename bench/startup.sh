#!/usr/bin/env bash
# Start-up benchmark: time from launching the JVM to the first 200 from /q/health/ready, and resident memory
# right after. Runs each case RUNS times on this machine; prints a Markdown table.
# Usage: bench/startup.sh [RUNS] [extra JVM options...]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; shift || true
JVM_OPTS=("$@")
JAR=target/quarkus-app/quarkus-run.jar
PORT=18089
DATA=$(mktemp -d /tmp/standby-bench.XXXXXX)
trap 'rm -rf "$DATA"' EXIT

measure() { # $1 = label, $2 = fresh|kept
  local label=$1 mode=$2 times=() rss=()
  for _ in $(seq "$RUNS"); do
    [ "$mode" = fresh ] && rm -rf "$DATA/db"
    local start end pid
    start=$(date +%s%N)
    STANDBY_DATA_DIR="$DATA/db" STANDBY_ADMIN_PASSWORD=bench-password-1 STANDBY_DEMO=true QUARKUS_HTTP_PORT=$PORT \
      java "${JVM_OPTS[@]}" -jar "$JAR" >"$DATA/log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.02; done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rss+=($(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status))
    kill $pid; wait $pid 2>/dev/null || true
  done
  printf '| %s | %s | %s |\n' "$label" "$(IFS=' '; echo "${times[*]}")" "$(IFS=' '; echo "${rss[*]}")"
}

echo "| case | ms from JVM launch to ready (each run) | RSS MB after ready (each run) |"
echo "| --- | --- | --- |"
measure "first start: empty database, migrations, admin and demo data" fresh
measure "restart: existing database" kept
