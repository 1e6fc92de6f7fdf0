#!/usr/bin/env bash
# Durability check: every write the service acknowledged (2xx) is still there after the JVM is killed with
# SIGKILL in the middle of a burst of writes, and nothing is half-applied.
#
# Each round: (re)start the packaged service on the same database, create a team with a published rota, let
# CLIENTS concurrent clients write (members, absences, change requests and their approvals, call-outs) and record
# every acknowledged write with its id, SIGKILL the JVM 0.5-3 s after the 20th answered write, restart on the same data and
# check every recorded write. A change request found APPROVED must have moved its shift, and a shift may only
# have moved through an approved change request. Exits 1 on any loss or half-applied change.
#
# Usage (build first: ./mvnw -B package -DskipTests; for PostgreSQL build with QUARKUS_DATASOURCE_DB_KIND=postgresql):
#   bench/durability.sh h2 [ROUNDS]
#   STANDBY_DURABILITY_PG_URL=jdbc:postgresql://127.0.0.1:55445/standby_dur \
#     QUARKUS_DATASOURCE_USERNAME=standby QUARKUS_DATASOURCE_PASSWORD=standby bench/durability.sh postgresql [ROUNDS]
# Environment: STANDBY_APP (default target/quarkus-app), STANDBY_DURABILITY_PORT (18501), CLIENTS (4).
# The PostgreSQL database must exist and be empty (or hold an earlier run of this script).
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:?usage: bench/durability.sh h2|postgresql [ROUNDS]}
ROUNDS=${2:-5}
APP=${STANDBY_APP:-target/quarkus-app}
PORT=${STANDBY_DURABILITY_PORT:-18501}
CLIENTS=${CLIENTS:-4}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/standby-durability.XXXXXX)
PASSWORD=durability-admin-1
PID=
cleanup() { [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
[ -f "$APP/quarkus-run.jar" ] || { echo "no $APP/quarkus-run.jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }

case $KIND in
  h2) export STANDBY_DATA_DIR="$WORK/data" ;;
  postgresql) export QUARKUS_DATASOURCE_JDBC_URL=${STANDBY_DURABILITY_PG_URL:?set STANDBY_DURABILITY_PG_URL} ;;
  *) echo "unknown database kind $KIND" >&2; exit 2 ;;
esac

start() {
  # opening a database after a kill may take longer than the pool's 5 s default on a busy machine
  STANDBY_ADMIN_PASSWORD=$PASSWORD QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=120S \
    java -Xmx384m -jar "$APP/quarkus-run.jar" \
    >>"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 3000); do
    curl -fs -o /dev/null "$BASE/q/health/ready" && return 0
    kill -0 "$PID" 2>/dev/null || { echo "service died on start; log:" >&2; tail -40 "$WORK/service.log" >&2; exit 2; }
    sleep 0.1
  done
  echo "service not ready after 300 s" >&2; exit 2
}

# api METHOD PATH [JSON] -> body on stdout; fails unless 2xx
api() {
  local out code
  out=$(curl -s -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        ${3:+--data "$3"} "$BASE$2") || return 1
  code=${out##*$'\n'}
  [ "${code:0:1}" = 2 ] || { echo "$1 $2 -> $code ${out%$'\n'*}" >&2; return 1; }
  printf '%s' "${out%$'\n'*}"
}

# One client: writes until the service stops answering; appends a line per acknowledged write to its log.
# Bodies are built with printf and ids read with a bash match: one process (curl) per request.
client() {
  set +e; export TZ=UTC
  local k=$1 team=$2 log=$3 n=0 body code resp id
  local -a future=() past=() members=()
  mapfile -t future < <(jq -r --argjson k "$k" --argjson c "$CLIENTS" \
    '[.[] | select(.future)] | to_entries[] | select(.key % $c == $k) | "\(.value.id) \(.value.memberId)"' \
    "$WORK/shifts.json")
  mapfile -t past < <(jq -r --argjson k "$k" --argjson c "$CLIENTS" \
    '[.[] | select(.future | not)] | to_entries[] | select(.key % $c == $k) | "\(.value.id) \(.value.epoch)"' \
    "$WORK/shifts.json")
  mapfile -t members < <(jq -r '.[]' "$WORK/members.json")
  local next=0 pi=0 day0 sid holder taker ps epoch at
  day0=$(date +%s)
  while :; do
    n=$((n + 1))
    case $((n % 4)) in
      0) printf -v body '{"name": "Dur %s-%s", "fte": 0.5}' "$k" "$n"
         request POST "/api/teams/$team/members" "$body" || break
         [ "$code" = 201 ] && echo "member $(idof) Dur $k-$n" >>"$log" ;;
      1) printf -v at '%(%F)T' $((day0 + (400 + k * 300 + n) * 86400))
         printf -v body '{"memberId": %s, "start": "%s", "end": "%s", "kind": "TRAINING"}' "${members[0]}" "$at" "$at"
         request POST "/api/teams/$team/absences" "$body" || break
         [ "$code" = 201 ] && echo "absence $(idof) ${members[0]} $at" >>"$log" ;;
      2) [ $next -lt ${#future[@]} ] || continue
         read -r sid holder <<<"${future[$next]}"; next=$((next + 1))
         taker=${members[0]}; [ "$taker" = "$holder" ] && taker=${members[1]}
         printf -v body '{"type": "COVER", "shiftId": %s, "memberId": %s, "reason": "durability"}' "$sid" "$taker"
         request POST "/api/rotas/$ROTA/change-requests" "$body" || break
         [ "$code" = 201 ] || continue
         id=$(idof); echo "request $id $sid $taker" >>"$log"
         request POST "/api/change-requests/$id/approve" '{"note": "ok", "breachReason": "durability test"}' || break
         [ "$code" = 200 ] && echo "approved $id $sid $taker" >>"$log" ;;
      3) [ ${#past[@]} -gt 0 ] || continue
         read -r ps epoch <<<"${past[$((pi % ${#past[@]}))]}"
         printf -v at '%(%FT%TZ)T' $((epoch + 60 + (pi / ${#past[@]}) * 35 * 60)); pi=$((pi + 1))
         printf -v body '{"shiftId": %s, "start": "%s", "minutes": 30, "note": "durability"}' "$ps" "$at"
         request POST "/api/teams/$team/callouts" "$body" || break
         [ "$code" = 201 ] && echo "callout $(idof) $ps $at" >>"$log" ;;
    esac
  done
}

# the id of the last answer
idof() { [[ $resp =~ \"id\":([0-9]+) ]] && echo "${BASH_REMATCH[1]}"; }

# request METHOD PATH JSON: sets resp and code; fails when the service does not answer (killed)
request() {
  local out
  out=$(curl -s --max-time 60 -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data "$3" "$BASE$2") || return 1
  code=${out##*$'\n'}; resp=${out%$'\n'*}
  [ "$code" != 000 ]
}

fail=0
check() { # $1 = condition text, rest = command
  local what=$1; shift
  if ! "$@" >/dev/null 2>&1; then echo "LOST or HALF-APPLIED: $what" >&2; fail=$((fail + 1)); fi
}

total_acks=0
start
TOKEN=$(curl -fs -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name": "durability", "roles": ["admin"], "allTeams": true}' "$BASE/api/api-tokens" | jq -r .token)
for round in $(seq "$ROUNDS"); do
  # a team with three members and a published rota from a week ago to five weeks ahead
  team=$(api POST /api/teams "$(jq -nc --arg n "Durability $round $(date +%s%N)" \
    '{name: $n, timeZone: "Europe/Berlin", holidayRegion: "DE-HE", handoverTime: "08:00"}')" | jq -r .id)
  : >"$WORK/members.tmp"
  for name in Ada Bo Cy; do
    api POST "/api/teams/$team/members" "{\"name\": \"$name\", \"fte\": 1.0}" | jq -r .id >>"$WORK/members.tmp"
  done
  jq -Rs 'split("\n") | map(select(length > 0) | tonumber)' "$WORK/members.tmp" >"$WORK/members.json"
  ROTA=$(api POST "/api/teams/$team/rotas" "$(jq -nc --arg f "$(date -d '-7 days' +%F)" --arg t "$(date -d '+35 days' +%F)" \
    '{name: "durability", from: $f, to: $t}')" | jq -r .id)
  api POST "/api/rotas/$ROTA/publish" >/dev/null
  now=$(date -u +%FT%TZ)
  api GET "/api/rotas/$ROTA/shifts" | jq --arg now "$now" \
    '[.[] | select(.memberId != null) | {id, memberId, start, epoch: (.start | sub("\\.[0-9]+"; "") | sub("(?<o>[+-][0-9]{2}):?(?<m>[0-9]{2})$"; "\(.o)\(.m)") | strptime("%Y-%m-%dT%H:%M:%S%z") | mktime)} | .epoch -= (.start | capture("(?<s>[+-])(?<h>[0-9]{2}):?(?<m>[0-9]{2})$") | (if .s == "-" then -1 else 1 end) * ((.h | tonumber) * 3600 + (.m | tonumber) * 60)) | .future = (.epoch > ($now | fromdateiso8601) + 3600)]' \
    >"$WORK/shifts.json"

  # the burst, killed in its middle
  rm -f "$WORK"/acks.*
  started=$(date +%s%N)
  pids=()
  for k in $(seq 0 $((CLIENTS - 1))); do client "$k" "$team" "$WORK/acks.$k" & pids+=($!); done
  # kill at a random moment once the burst is under way (at least 20 writes answered; a busy machine is slow)
  deadline=$((SECONDS + 300))
  until [ "$(cat "$WORK"/acks.* 2>/dev/null | wc -l)" -ge 20 ] || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.5 + 2.5 * r / 32767 }')"
  kill -9 "$PID"; killed=$(date +%s%N); wait "$PID" 2>/dev/null || true; PID=
  wait "${pids[@]}" 2>/dev/null || true
  cat "$WORK"/acks.* 2>/dev/null >"$WORK/acks" || true
  acks=$(wc -l <"$WORK/acks")
  total_acks=$((total_acks + acks))
  echo "round $round: $acks acknowledged writes in $(( (killed - started) / 1000000 )) ms, then SIGKILL"
  [ "$acks" -gt 0 ] || { echo "the burst wrote nothing, so nothing was checked; log:" >&2; tail -20 "$WORK/service.log" >&2; exit 2; }

  start
  before=$fail
  members=$(api GET "/api/teams/$team/members?size=200"); absences=$(api GET "/api/teams/$team/absences?size=200")
  callouts=$(api GET "/api/teams/$team/callouts?size=200"); shifts=$(api GET "/api/rotas/$ROTA/shifts")
  changes=$(api GET "/api/change-requests?teamId=$team&size=200")
  while read -r kind id a b c; do
    case $kind in
      member) check "member $id ($a $b)" jq -e --argjson id "$id" --arg n "$a $b" \
                'def rows: if type == "array" then .[] else .items[] end; any(rows; .id == $id and .name == $n)' <<<"$members" ;;
      absence) check "absence $id" jq -e --argjson id "$id" --arg d "$b" \
                'def rows: if type == "array" then .[] else .items[] end; any(rows; .id == $id and .start == $d)' <<<"$absences" ;;
      request) check "change request $id" jq -e --argjson id "$id" 'any(.items[]; .id == $id)' <<<"$changes" ;;
      approved) check "approval of change request $id" jq -e --argjson id "$id" 'any(.items[]; .id == $id and .status == "APPROVED")' <<<"$changes"
                check "shift $a moved to member $b by approved request $id" jq -e --argjson s "$a" --argjson m "$b" \
                  'any(.[]; .id == $s and .memberId == $m)' <<<"$shifts" ;;
      callout) check "call-out $id" jq -e --argjson id "$id" 'def rows: if type == "array" then .[] else .items[] end; any(rows; .id == $id)' <<<"$callouts" ;;
    esac
  done <"$WORK/acks"
  # nothing half-applied: every approved request moved its shift; every other shift is where the rota put it
  check "approved change requests whose shift did not move" jq -e --argjson shifts "$shifts" \
    '[.items[] | select(.status == "APPROVED") | . as $c | $shifts[] | select(.id == $c.shiftId and .memberId != $c.memberId)] | length == 0' <<<"$changes"
  check "shifts that moved without an approved change request" jq -e --argjson changes "$changes" --slurpfile before "$WORK/shifts.json" \
    '[$changes.items[] | select(.status == "APPROVED") | .shiftId] as $moved
     | [.[] | select(.memberId != null) | . as $s | select(($moved | index($s.id)) == null)
        | select(any($before[0][]; .id == $s.id and .memberId != $s.memberId))] | length == 0' <<<"$shifts"
  if [ $fail = "$before" ]; then echo "round $round: all $acks acknowledged writes present, nothing half-applied"
  else echo "round $round: $((fail - before)) of $acks acknowledged writes lost or half-applied"; fi
done
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
if [ $fail != 0 ]; then echo "DURABILITY FAILED ($KIND): $fail of $total_acks acknowledged writes lost or half-applied" >&2; exit 1; fi
echo "durability ($KIND): $ROUNDS rounds, $total_acks acknowledged writes, none lost, nothing half-applied"
