#!/usr/bin/env bash
# Feed throughput benchmark (issue 6): requests per second for a member feed of a year, for the 304 path, and
# for the same bytes served as a static file by nginx, in one run on this machine, with wrk on loopback.
# Needs: wrk and nginx (apt-get install wrk nginx-light), a built jar (./mvnw -B package -DskipTests).
# Usage: bench/feeds.sh [SECONDS] [CONNECTIONS]     Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-16}
PORT=18093
STATIC_PORT=18094
WORK=$(mktemp -d /tmp/standby-feedbench.XXXXXX)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

STANDBY_DATA_DIR="$WORK/db" STANDBY_DEMO=true STANDBY_ADMIN_PASSWORD=bench-password-1 QUARKUS_HTTP_PORT=$PORT \
  java -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.2; done
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

mkdir -p "$WORK/www" "$WORK/nginx-tmp"
cp "$WORK/feed.ics" "$WORK/www/feed.ics"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
  types { text/calendar ics; }
  server { listen 127.0.0.1:$STATIC_PORT; root $WORK/www; etag on; }
}
CONF
nginx -c "$WORK/nginx.conf"
sleep 0.5

rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
# warm up the JIT on both paths first
wrk -t2 -c"$CONNECTIONS" -d5s "$FEED" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -H "If-None-Match: $ETAG" "$FEED" >/dev/null
FEED_RPS=$(rps "$FEED")
NOT_MODIFIED_RPS=$(rps -H "If-None-Match: $ETAG" "$FEED")
STATIC_RPS=$(rps "http://127.0.0.1:$STATIC_PORT/feed.ics")

echo "Member feed of one year: $EVENTS events, $BYTES bytes; wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s on loopback."
echo
echo "| path | requests/s |"
echo "| --- | --- |"
echo "| Standby feed, 200 with body | $FEED_RPS |"
echo "| Standby feed, If-None-Match -> 304 | $NOT_MODIFIED_RPS |"
echo "| nginx, same bytes as a static file | $STATIC_RPS |"
awk -v f="$FEED_RPS" -v s="$STATIC_RPS" 'BEGIN { printf "\nFeed / static: %.2f (target: at least 0.5)\n", f / s }'
