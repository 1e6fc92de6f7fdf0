#!/usr/bin/env bash
# Feed throughput benchmark (issue 6): requests per second for a member feed of a year, for the 304 path, and
# for the same bytes served as a static file by nginx, in one run on this machine, with wrk on loopback.
# Needs: wrk and nginx (apt-get install wrk nginx-light), a built jar (./mvnw -B package -DskipTests).
# Usage: [ROUNDS=3] [SERVER_CPUS=1 LOAD_CPUS=0] [FEED_BENCH_PORT=18093 FEED_BENCH_STATIC_PORT=18094] \
#        bench/feeds.sh [SECONDS] [CONNECTIONS]
# Prints a Markdown table (medians). SERVER_CPUS/LOAD_CPUS pin the servers and wrk to separate cores (taskset),
# so that the servers, not wrk, are the limit; by default all share every core.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-16}
PORT=${FEED_BENCH_PORT:-18093}
STATIC_PORT=${FEED_BENCH_STATIC_PORT:-18094}
WORK=$(mktemp -d /tmp/standby-feedbench.XXXXXX)
APP_PID=""
ON_SERVER=(); ON_LOAD=()
[ -n "${SERVER_CPUS:-}" ] && ON_SERVER=(taskset -c "$SERVER_CPUS")
[ -n "${LOAD_CPUS:-}" ] && ON_LOAD=(taskset -c "$LOAD_CPUS")
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

STANDBY_DATA_DIR="$WORK/db" STANDBY_DEMO=true STANDBY_ADMIN_PASSWORD=bench-password-1 QUARKUS_HTTP_PORT=$PORT \
  "${ON_SERVER[@]}" java -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 300); do   # at most 60 s: a service that does not start ends the benchmark instead of hanging it
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the service exited; its log:" >&2; cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.2
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { echo "not ready after 60 s" >&2; exit 1; }
API="http://127.0.0.1:$PORT/api"
AUTH=(-u dana:standby-demo -H 'Content-Type: application/json')
FROM=$(date -u +%Y-%m-%d)
TO=$(date -u -d "$FROM + 364 days" +%Y-%m-%d)
ROTA=$(curl -fs "${AUTH[@]}" -d "{\"name\":\"Bench year\",\"from\":\"$FROM\",\"to\":\"$TO\"}" "$API/teams/1/rotas" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')
curl -fs "${AUTH[@]}" -X POST "$API/rotas/$ROTA/publish" >/dev/null
URL=$(curl -fs -u ana:standby-demo -H 'Content-Type: application/json' -d '{"alarmMinutes":[60]}' \
  "$API/members/1/feeds" | sed -E 's/.*"url":"([^"]+)".*/\1/')
FEED="http://127.0.0.1:$PORT/feeds/${URL##*/feeds/}"
curl -fs -D "$WORK/headers" -o "$WORK/feed.ics" "$FEED"
ETAG=$(grep -i '^etag:' "$WORK/headers" | cut -d' ' -f2- | tr -d '\r')
EVENTS=$(grep -c '^BEGIN:VEVENT' "$WORK/feed.ics")
BYTES=$(stat -c %s "$WORK/feed.ics")
# what calendar apps get: they send Accept-Encoding: gzip
curl -fs -H 'Accept-Encoding: gzip' -o "$WORK/feed.ics.gz" "$FEED"
GZIP_BYTES=$(stat -c %s "$WORK/feed.ics.gz")

mkdir -p "$WORK/www" "$WORK/nginx-tmp"
cp "$WORK/feed.ics" "$WORK/feed.ics.gz" "$WORK/www/"
# nginx's worker runs as another user (nobody, when started as root): mktemp -d makes the directory 0700, and
# nginx would answer 403 with 153 bytes instead of the feed (every run before 2026-11-28 20:45 UTC measured that)
chmod 755 "$WORK" "$WORK/www"; chmod 644 "$WORK/www/feed.ics" "$WORK/www/feed.ics.gz"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; gzip_static on;
  client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
  types { text/calendar ics; }
  server { listen 127.0.0.1:$STATIC_PORT; root $WORK/www; etag on; }
}
CONF
"${ON_SERVER[@]}" nginx -c "$WORK/nginx.conf"
sleep 0.5
STATIC="http://127.0.0.1:$STATIC_PORT/feed.ics"
# both sides must serve the very same bytes, or the comparison means nothing
curl -fs "$STATIC" | cmp -s - "$WORK/feed.ics" || { echo "nginx does not serve the feed's bytes" >&2; exit 1; }
curl -fs -H 'Accept-Encoding: gzip' "$STATIC" | cmp -s - "$WORK/feed.ics.gz" \
  || { echo "nginx does not serve the feed's gzip bytes" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$FEED")" = 304 ] \
  || { echo "the feed does not answer 304 to its own ETag" >&2; exit 1; }

NGINX_WORKERS=$(pgrep -P "$(cat "$WORK/nginx.pid")" | tr '\n' ' ')
# CPU time (user + system, in clock ticks) of the serving processes: with wrk on the same two cores, requests per
# second also measure wrk, so each run also reports the server's own CPU per answer
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
# rps PIDS URL-AND-WRK-OPTIONS... prints "requests/s server-CPU-microseconds-per-answer"; a run counts only if
# every answer was the expected one (wrk reports other statuses and socket errors)
rps() {
  local pids=$1 out before after
  shift
  before=$(ticks $pids)
  out=$("${ON_LOAD[@]}" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@")
  after=$(ticks $pids)
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then echo "unexpected answers from $*: $out" >&2; exit 1; fi
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v s="$SECONDS_PER_RUN" \
    '/Requests\/sec/ { printf "%s %.1f\n", $2, ticks / hz * 1e6 / ($2 * s) }' <<<"$out"
}
# Warm up every path (the JVM's JIT needs longer than nginx, and both get the same), then measure in ROUNDS
# alternating rounds and take each path's median, so a noisy neighbour or a late JIT compile does not decide it.
ROUNDS=${ROUNDS:-3}
"${ON_LOAD[@]}" wrk -t2 -c"$CONNECTIONS" -d10s "$FEED" >/dev/null
"${ON_LOAD[@]}" wrk -t2 -c"$CONNECTIONS" -d10s -H "If-None-Match: $ETAG" "$FEED" >/dev/null
"${ON_LOAD[@]}" wrk -t2 -c"$CONNECTIONS" -d10s "$STATIC" >/dev/null
"${ON_LOAD[@]}" wrk -t2 -c"$CONNECTIONS" -d10s -H 'Accept-Encoding: gzip' "$FEED" >/dev/null
"${ON_LOAD[@]}" wrk -t2 -c"$CONNECTIONS" -d10s -H 'Accept-Encoding: gzip' "$STATIC" >/dev/null
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
FEEDS=(); NOT_MODIFIEDS=(); STATICS=(); FEED_CPU=(); NOT_MODIFIED_CPU=(); STATIC_CPU=()
GZIPS=(); STATIC_GZIPS=(); GZIP_CPU=(); STATIC_GZIP_CPU=()
for _ in $(seq "$ROUNDS"); do
  read -r r c < <(rps "$APP_PID" "$FEED"); FEEDS+=("$r"); FEED_CPU+=("$c")
  read -r r c < <(rps "$APP_PID" -H "If-None-Match: $ETAG" "$FEED"); NOT_MODIFIEDS+=("$r"); NOT_MODIFIED_CPU+=("$c")
  read -r r c < <(rps "$NGINX_WORKERS" "$STATIC"); STATICS+=("$r"); STATIC_CPU+=("$c")
  read -r r c < <(rps "$APP_PID" -H 'Accept-Encoding: gzip' "$FEED"); GZIPS+=("$r"); GZIP_CPU+=("$c")
  read -r r c < <(rps "$NGINX_WORKERS" -H 'Accept-Encoding: gzip' "$STATIC"); STATIC_GZIPS+=("$r"); STATIC_GZIP_CPU+=("$c")
done
FEED_RPS=$(echo "${FEEDS[*]}" | median)
NOT_MODIFIED_RPS=$(echo "${NOT_MODIFIEDS[*]}" | median)
STATIC_RPS=$(echo "${STATICS[*]}" | median)
GZIP_RPS=$(echo "${GZIPS[*]}" | median)
STATIC_GZIP_RPS=$(echo "${STATIC_GZIPS[*]}" | median)
echo "Rounds, requests/s (feed / 304 / static): ${FEEDS[*]} / ${NOT_MODIFIEDS[*]} / ${STATICS[*]}"
echo "Rounds, server CPU µs per answer (feed / 304 / static): ${FEED_CPU[*]} / ${NOT_MODIFIED_CPU[*]} / ${STATIC_CPU[*]}"
echo "Rounds with Accept-Encoding: gzip, requests/s and CPU µs (feed / static): ${GZIPS[*]} / ${STATIC_GZIPS[*]}; ${GZIP_CPU[*]} / ${STATIC_GZIP_CPU[*]}"
echo "Member feed of one year: $EVENTS events, $BYTES bytes ($GZIP_BYTES gzip-compressed); wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s on loopback, median of $ROUNDS alternating rounds${SERVER_CPUS:+; servers on CPU $SERVER_CPUS}${LOAD_CPUS:+, wrk on CPU $LOAD_CPUS}."
echo
echo "| path | requests/s | server CPU per answer |"
echo "| --- | --- | --- |"
echo "| Standby feed, 200 with body | $FEED_RPS | $(echo "${FEED_CPU[*]}" | median) µs |"
echo "| Standby feed, If-None-Match -> 304 | $NOT_MODIFIED_RPS | $(echo "${NOT_MODIFIED_CPU[*]}" | median) µs |"
echo "| nginx (sendfile, one worker), same bytes as a static file | $STATIC_RPS | $(echo "${STATIC_CPU[*]}" | median) µs |"
echo "| Standby feed, Accept-Encoding: gzip | $GZIP_RPS | $(echo "${GZIP_CPU[*]}" | median) µs |"
echo "| nginx gzip_static, the same gzip bytes | $STATIC_GZIP_RPS | $(echo "${STATIC_GZIP_CPU[*]}" | median) µs |"
awk -v f="$FEED_RPS" -v s="$STATIC_RPS" -v g="$GZIP_RPS" -v z="$STATIC_GZIP_RPS" \
  'BEGIN { printf "\nFeed / static: %.2f (target: at least 0.5); with gzip: %.2f\n", f / s, g / z }'
