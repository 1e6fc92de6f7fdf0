#!/usr/bin/env bash
# On-call lookup benchmark (issues 19 and 21): GET /api/teams/1/on-call with HTTP Basic, an API token and a
# session cookie of the form login, at 200 connections; the same while 20 clients send wrong passwords; and as 200
# independent clients that each wait a random time (exponential, mean PACE_MS) between requests, about 1 000
# requests/s offered, whose latencies are not queueing in wrk's closed loop. One more row keeps the old fixed pace
# (every connection exactly PACE_MS after its last answer), which keeps the 200 connections in step: they ask in
# bursts of 200 at once, and the last of a burst waits for the 199 before it.
# Needs: wrk (apt-get install -y wrk), a built service (./mvnw -B package -DskipTests).
# Usage: [APP=target/quarkus-app] [PACE_MS=200] [JAVA=java] [JVM_OPTS=...] bench/oncall.sh [SECONDS] [CONNECTIONS]
# JAVA and JVM_OPTS choose the service's JVM, e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JVM_OPTS=-XX:+UseZGC
# SERVER_CPUS and LOAD_CPUS pin the service and wrk to separate cores (taskset), e.g. SERVER_CPUS=1 LOAD_CPUS=0
# The demo team's policy gets a day shift on school, break and summer days, so that somebody is on call at any hour
# the benchmark runs (the demo's own policy covers weeknights and weekends only).
# APP may point at another build (the numbers "before" in docs/benchmarks.md came from a build of 1a56b31).
# The service runs with proxy address forwarding on, so that the wrong-password clients can come from many
# addresses (X-Forwarded-For), as they would behind the school's reverse proxy; the legitimate clients send none.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-200}
APP=${APP:-target/quarkus-app}
PACE_MS=${PACE_MS:-200}
PORT=18101
WORK=$(mktemp -d /tmp/standby-oncallbench.XXXXXX)
APP_PID=""; ATTACK_PID=""
cleanup() {
  [ -n "$ATTACK_PID" ] && kill "$ATTACK_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
ON_SERVER=(); ON_LOAD=()
[ -n "${SERVER_CPUS:-}" ] && ON_SERVER=(taskset -c "$SERVER_CPUS")
[ -n "${LOAD_CPUS:-}" ] && ON_LOAD=(taskset -c "$LOAD_CPUS")

STANDBY_DATA_DIR="$WORK/db" STANDBY_DEMO=true STANDBY_ADMIN_PASSWORD=bench-password-1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S \
  "${ON_SERVER[@]}" ${JAVA:-java} ${JVM_OPTS:-} -jar "$APP/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 600); do   # at most 120 s on a busy machine
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the service exited; its log:" >&2; cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.2
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { echo "not ready after 120 s" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"
URL="$BASE/api/teams/1/on-call"
JSON=(-H 'Content-Type: application/json')
curl -fs -u dana:standby-demo "$BASE/api/teams/1/policy" \
  | jq '.shifts += [{"name": "Day", "dayTypes": ["TERM", "BREAK", "SUMMER"], "start": "08:00", "end": "18:00",
                     "weight": 0.5, "headcount": 1}]' \
  | curl -fs -o /dev/null -u dana:standby-demo "${JSON[@]}" -X PUT --data-binary @- "$BASE/api/teams/1/policy"
FROM=$(date -u -d '-1 day' +%Y-%m-%d)
TO=$(date -u -d "$FROM + 27 days" +%Y-%m-%d)
ROTA=$(curl -fs -u dana:standby-demo "${JSON[@]}" -d "{\"name\":\"Bench\",\"from\":\"$FROM\",\"to\":\"$TO\"}" \
  "$BASE/api/teams/1/rotas" | sed -E 's/.*"id":([0-9]+).*/\1/')
curl -fs -u dana:standby-demo "${JSON[@]}" -X POST "$BASE/api/rotas/$ROTA/publish" >/dev/null
TOKEN=$(curl -fs -u admin:bench-password-1 "${JSON[@]}" -d '{"name":"bench","teamIds":[1]}' "$BASE/api/api-tokens" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
# The session cookies of the form login, standby-session and (since 2026-12-07) standby-session-stamp, as one
# Cookie header (absent before the form login existed: those rows are then left out)
COOKIE=$(curl -s -o /dev/null -c - --data-urlencode j_username=dana --data-urlencode j_password=standby-demo \
  "$BASE/j_security_check" | awk '$6 ~ /^standby-session/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }')
ON_CALL=$(curl -fs -u dana:standby-demo "$URL" | grep -o '"shiftId"' | wc -l)
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")" = 200 ] \
  || { echo "the token does not work" >&2; exit 1; }

BASIC=(-H "Authorization: Basic $(printf 'dana:standby-demo' | base64)")
BEARER=(-H "Authorization: Bearer $TOKEN")
SESSION=(-H "Cookie: $COOKIE")
[ -z "$COOKIE" ] || [ "$(curl -s -o /dev/null -w '%{http_code}' "${SESSION[@]}" "$URL")" = 200 ] \
  || { echo "the session does not work" >&2; exit 1; }
# 20 clients with wrong passwords for another user (ana), each request from another address
cat >"$WORK/attack.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local address = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", "/api/teams/1/on-call", {
    ["Authorization"] = "Basic YW5hOndyb25nLXBhc3N3b3Jk", -- ana:wrong-password
    ["X-Forwarded-For"] = address })
end
LUA
cat >"$WORK/lockstep.lua" <<LUA
function delay() return $PACE_MS end
LUA
# Independent clients: each of wrk's threads seeds its own generator (threads are separate Lua states); the wait
# after an answer is exponential with mean PACE_MS, so requests arrive as a Poisson stream, not in bursts
cat >"$WORK/paced.lua" <<LUA
local next_id = 0
function setup(thread) next_id = next_id + 1; thread:set("id", next_id) end
function init(args) math.randomseed(os.time() * 1000 + id) end
function delay() return math.floor(-$PACE_MS * math.log(1 - math.random())) end
LUA

# run NAME WRK-ARGS...: prints "requests/s p50 p99 non-2xx+errors" from wrk --latency
run() {
  local out
  out=$("${ON_LOAD[@]}" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency "$@" "$URL")
  awk '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
       /Non-2xx/ { bad += $NF } /Socket errors/ { gsub(",", ""); bad += $4 + $6 + $8 + $10 }
       END { printf "%s %s %s %d\n", rps, p50, p99, bad }' <<<"$out"
}
row() { read -r r p50 p99 bad; echo "| $1 | $r | $p50 | $p99 | $bad |"; }

# Before the next run, wait until the service has worked off what the last one left queued (up to 3 minutes):
# with bcrypt per request, 200 Basic connections leave a backlog that would be measured in the next run
drain() {
  for _ in $(seq 90); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{time_total}' "${BEARER[@]}" "$URL" | awk '{ print ($1 < 0.5) }')" = 1 ] && return
    sleep 2
  done
  echo "the service did not recover within 3 minutes" >&2
}
wrk -t2 -c"$CONNECTIONS" -d10s "${BEARER[@]}" "$URL" >/dev/null   # warm-up (JIT)
echo "On-call lookup of team 1 ($ON_CALL on call), wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency on loopback, $(nproc) cores."
echo
echo "| client | requests/s | p50 | p99 | non-2xx or socket errors |"
echo "| --- | --- | --- | --- | --- |"
run "${BEARER[@]}" | row "API token (viewer)"
drain
if [ -n "$COOKIE" ]; then run "${SESSION[@]}" | row "session cookie (dana)"; drain; fi
run "${BASIC[@]}" | row "HTTP Basic (dana)"
drain
run "${BEARER[@]}" -s "$WORK/lockstep.lua" | row "API token, lockstep: each connection ${PACE_MS} ms after its last answer"
drain
run "${BEARER[@]}" -s "$WORK/paced.lua" | row "API token, independent clients (random wait, mean ${PACE_MS} ms)"
drain
if [ -n "$COOKIE" ]; then
  run "${SESSION[@]}" -s "$WORK/paced.lua" | row "session cookie, independent clients (mean ${PACE_MS} ms)"
  drain
fi
run "${BASIC[@]}" -s "$WORK/paced.lua" | row "HTTP Basic, independent clients (mean ${PACE_MS} ms)"
drain

# the same while 20 clients send wrong passwords (for longer than the three measurements together)
"${ON_LOAD[@]}" wrk -t1 -c20 -d$((SECONDS_PER_RUN * 4 + 5))s --timeout 10s -s "$WORK/attack.lua" "$URL" >"$WORK/attack.out" 2>&1 &
ATTACK_PID=$!
sleep 3
run "${BEARER[@]}" | row "API token, 20 clients sending wrong passwords"
if [ -n "$COOKIE" ]; then run "${SESSION[@]}" | row "session cookie, 20 clients sending wrong passwords"; fi
run "${BEARER[@]}" -s "$WORK/paced.lua" | row "API token, independent clients, 20 clients sending wrong passwords"
run "${BASIC[@]}" | row "HTTP Basic (dana), 20 clients sending wrong passwords"
wait "$ATTACK_PID" 2>/dev/null || true; ATTACK_PID=""
echo
echo "Wrong-password clients: $(awk '/requests in/ { print $1 }' "$WORK/attack.out") requests answered, of them non-2xx: $(awk '/Non-2xx/ { print $NF }' "$WORK/attack.out"); answers by status (from a sample):"
for _ in 1 2 3; do curl -s -o /dev/null -w '%{http_code} ' -u ana:wrong-password -H 'X-Forwarded-For: 10.9.9.9' "$URL"; done; echo
