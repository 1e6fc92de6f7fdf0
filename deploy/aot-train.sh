#!/usr/bin/env bash
# Trains Java 25's AOT cache (JEP 483/515) for the packaged service with a real workload: start the service
# with -XX:AOTCacheOutput, sign in, read every screen's API, generate and publish a rota, fetch a feed, then
# stop it; the JVM writes the cache on exit. Used by deploy/Dockerfile and bench/startup.sh.
# Usage: deploy/aot-train.sh APP_DIR CACHE_FILE [PORT]
#   APP_DIR    the packaged service (target/quarkus-app), CACHE_FILE where the cache goes (e.g. APP_DIR/app.aot)
#   JAVA       the Java 25 launcher (default: java on PATH); the cache only works with the JVM that made it.
#   The database is whatever the environment configures; with nothing set, a temporary H2 directory.
set -euo pipefail
APP=${1:?APP_DIR}; CACHE=${2:?CACHE_FILE}; PORT=${3:-18790}
JAVA=${JAVA:-java}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/standby-aot.XXXXXX)
export STANDBY_DATA_DIR=${STANDBY_DATA_DIR:-$WORK/data} STANDBY_DEMO=true STANDBY_ADMIN_PASSWORD=aot-training-only
export QUARKUS_HTTP_PORT=$PORT
"$JAVA" -XX:AOTCacheOutput="$CACHE" -jar "$APP/quarkus-run.jar" >"$WORK/log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 600); do curl -fs -o /dev/null "$BASE/q/health/ready" && break; sleep 0.5; done
curl -fs -o /dev/null "$BASE/q/health/ready" || { echo "service did not start"; tail -40 "$WORK/log"; exit 1; }

get() { curl -fs -o /dev/null -u dana:standby-demo "$BASE$1"; }
post() { curl -fs -u dana:standby-demo -H 'Content-Type: application/json' -d "$2" "$BASE$1"; }
year=$(date +%Y)
for round in 1 2 3; do
  for path in /api/me /api/teams /api/teams/1 /api/teams/1/members /api/teams/1/on-call /api/teams/1/rotas \
      /api/teams/1/policy /api/teams/1/periods /api/teams/1/absences "/api/teams/1/calendar?from=$year-01-01&to=$year-12-31" \
      "/api/holidays?region=DE-HE&year=$year" "/api/teams/1/shifts?from=$year-01-01&to=$year-12-31" \
      "/api/teams/1/load?from=$year-01-01&to=$year-12-31" "/api/teams/1/compensation?from=$year-01-01&to=$year-12-31" \
      "/api/change-requests?teamId=1" "/api/audit?teamId=1" /q/openapi /q/metrics; do
    get "$path" || echo "training: $path did not answer 2xx (ignored)"
  done
done
rota=$(post /api/teams/1/rotas "{\"name\":\"AOT training\",\"from\":\"$((year + 5))-01-04\",\"to\":\"$((year + 5))-01-31\"}" \
  | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -n 1)
[ -n "$rota" ] && { get "/api/rotas/$rota/shifts"; get "/api/rotas/$rota/fairness"; } || echo "training: no rota generated"
feed=$(post /api/members/1/feeds '{}' | sed -n 's/.*"url":"[^"]*\(\/feeds\/[^"]*\)".*/\1/p')
[ -n "$feed" ] && for _ in $(seq 50); do curl -fs -o /dev/null "$BASE$feed"; done
kill -TERM "$pid"; wait "$pid" || true
trap 'rm -rf "$WORK"' EXIT
[ -s "$CACHE" ] || { echo "no AOT cache was written"; tail -20 "$WORK/log"; exit 1; }
echo "AOT cache: $CACHE ($(du -h "$CACHE" | cut -f1))"
