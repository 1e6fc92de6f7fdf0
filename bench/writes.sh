#!/usr/bin/env bash
# Write throughput: REQUESTS member creations (POST /api/teams/{id}/members, one transaction each) sent by one
# curl process over PARALLEL keep-alive connections to the packaged service on a fresh database; prints the
# answers per second (a warm-up of the same size runs first and is not counted).
# Usage: bench/writes.sh [REQUESTS] [PARALLEL]     (build first: ./mvnw -B package -DskipTests)
# Compare H2's old default write delay:
#   QUARKUS_DATASOURCE_JDBC_URL='jdbc:h2:file:${standby.data-dir}/standby;DB_CLOSE_ON_EXIT=FALSE' bench/writes.sh
# PostgreSQL: build with QUARKUS_DATASOURCE_DB_KIND=postgresql and set QUARKUS_DATASOURCE_JDBC_URL/USERNAME/PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-2000}
PARALLEL=${2:-8}
APP=${STANDBY_APP:-target/quarkus-app}
PORT=${STANDBY_WRITES_PORT:-18511}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/standby-writes.XXXXXX)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

STANDBY_DATA_DIR="$WORK/data" STANDBY_ADMIN_PASSWORD=writes-admin-1 QUARKUS_HTTP_PORT=$PORT \
  java -Xmx384m -jar "$APP/quarkus-run.jar" >"$WORK/log" 2>&1 &
PID=$!
until curl -fs -o /dev/null "$BASE/q/health/ready"; do
  kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/log" >&2; exit 2; }
  sleep 0.2
done
TOKEN=$(curl -fs -u admin:writes-admin-1 -H 'Content-Type: application/json' \
  -d '{"name": "writes", "roles": ["admin"], "allTeams": true}' "$BASE/api/api-tokens" | jq -r .token)
TEAM=$(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\": \"Writes $(date +%s%N)\", \"timeZone\": \"Europe/Berlin\", \"holidayRegion\": \"DE-HE\", \"handoverTime\": \"08:00\"}" \
  "$BASE/api/teams" | jq -r .id)

burst() { # $1 = label prefix
  for i in $(seq "$REQUESTS"); do
    # "next" separates the requests: none after the last (an empty entry makes curl fail)
    [ "$i" -gt 1 ] && printf 'next\n'
    printf 'url = "%s/api/teams/%s/members"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata = "{\\"name\\": \\"%s %s\\", \\"fte\\": 0.5}"\noutput = /dev/null\nwrite-out = "%%{http_code}\\n"\n' \
      "$BASE" "$TEAM" "$TOKEN" "$1" "$i"
  done >"$WORK/requests"
  local start end codes
  start=$(date +%s%N)
  codes=$(curl -s --no-progress-meter -Z --parallel-max "$PARALLEL" -K "$WORK/requests" | sort | uniq -c | tr '\n' ' ')
  end=$(date +%s%N)
  echo "$codes" | grep -q "$REQUESTS 201" || { echo "not all 201: $codes" >&2; exit 1; }
  awk -v n="$REQUESTS" -v ns=$((end - start)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }'
}
burst warm >/dev/null
echo "$(burst timed) member creations/s ($REQUESTS requests, $PARALLEL connections, $(nproc) cores)"
