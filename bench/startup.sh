#!/usr/bin/env bash
# Start-up benchmark: time from launching the JVM to the first 200 from /q/health/ready, and resident memory
# right after, for the plain JVM and for Java 25 with an AOT cache, side by side in one run on this machine.
# Runs each case RUNS times; prints a Markdown table. bench/ready.py launches the JVM and polls readiness from one
# process (no curl forked per poll competing with the JVM for the 2 cores).
# Usage: bench/startup.sh [RUNS] [extra JVM options...]   (build first: ./mvnw -B package -DskipTests)
#   JAVA17, JAVA25: the launchers to compare (defaults: java on PATH, and /usr/lib/jvm/temurin-25-jdk-amd64).
#   The AOT cache is trained by deploy/aot-train.sh on this build before measuring (target/app.aot).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; shift || true
JVM_OPTS=("$@")
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
APP=target/quarkus-app
CACHE=target/app.aot
PORT=18089
DATA=$(mktemp -d /tmp/standby-bench.XXXXXX)
trap 'rm -rf "$DATA"' EXIT

measure() { # $1 = label, $2 = fresh|kept, $3.. = launcher and its options
  local label=$1 mode=$2; shift 2
  local times=() rss=()
  for _ in $(seq "$RUNS"); do
    [ "$mode" = fresh ] && rm -rf "$DATA/db"
    local ready pid
    ready=$(STANDBY_DATA_DIR="$DATA/db" STANDBY_ADMIN_PASSWORD=bench-password-1 STANDBY_DEMO=true \
      QUARKUS_HTTP_PORT=$PORT python3 bench/ready.py "http://127.0.0.1:$PORT/q/health/ready" "$DATA/log" \
      "$@" ${JVM_OPTS[@]+"${JVM_OPTS[@]}"} -jar "$APP/quarkus-run.jar") \
      || { echo "service died:"; tail -20 "$DATA/log"; exit 1; }
    pid=${ready#* }
    times+=("${ready% *}")
    rss+=($(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status))
    kill $pid; while kill -0 $pid 2>/dev/null; do sleep 0.1; done   # not this shell's child: no wait
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '| %s | %s | %s | %s |\n' "$label" "$median" "$(IFS=' '; echo "${times[*]}")" "$(IFS=' '; echo "${rss[*]}")"
}

JAVA="$JAVA25" deploy/aot-train.sh "$APP" "$CACHE" $((PORT + 1)) >/dev/null

echo "| case | median ms to ready | ms from JVM launch to ready (each run) | RSS MB after ready (each run) |"
echo "| --- | --- | --- | --- |"
measure "Java 17, first start (empty database, migrations, admin and demo data)" fresh "$JAVA17"
measure "Java 17, restart" kept "$JAVA17"
measure "Java 25, restart" kept "$JAVA25"
measure "Java 25 + AOT cache, restart" kept "$JAVA25" -XX:AOTCache="$CACHE"
