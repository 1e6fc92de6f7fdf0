#!/usr/bin/env bash
# Backup and restore, as docs/operations.md tells an operator to do them: a packaged service with a published
# rota, a confirmed call-out and time off in its ledger is backed up with the documented command, the backup is
# restored into a fresh instance, and that instance must answer the same rotas, shifts and ledger.
# Usage: .ci/backup-restore.sh h2|postgresql   (STANDBY_APP: the package built for that database, default
#   target/quarkus-app)
#   postgresql: PGHOST, PGPORT and PGUSER reach a server where PGUSER may create databases; the service's login
#   is standby/standby.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:?h2 or postgresql}
PORT=${BACKUP_CHECK_PORT:-18591}
APP=${STANDBY_APP:-target/quarkus-app}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/standby-backup.XXXXXX)
ADMIN=backup-check-admin-1
pid=
stop() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=; }
cleanup() {
  stop
  if [ "$KIND" = postgresql ]; then
    dropdb --if-exists standby_backup_src >/dev/null 2>&1 || true
    dropdb --if-exists standby_backup_restored >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

start() { # $1 = data dir (H2) or database name (PostgreSQL)
  local env=(STANDBY_ADMIN_PASSWORD=$ADMIN STANDBY_DEMO=true QUARKUS_HTTP_PORT=$PORT)
  if [ "$KIND" = h2 ]; then
    env+=(STANDBY_DATA_DIR="$1")
  else
    env+=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$1"
          QUARKUS_DATASOURCE_USERNAME=standby QUARKUS_DATASOURCE_PASSWORD=standby STANDBY_DATA_DIR="$WORK/unused")
  fi
  env "${env[@]}" java -jar "$APP/quarkus-run.jar" >>"$WORK/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    curl -fs -o /dev/null "$BASE/q/health/ready" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "the service did not start"; tail -40 "$WORK/service.log"; exit 1
}

call() { # method path [body]: as the demo director; fails on any non-2xx
  local method=$1 path=$2 body=${3:-}
  if [ -n "$body" ]; then
    curl -fsS -X "$method" -u dana:standby-demo -H 'Content-Type: application/json' -d "$body" "$BASE$path"
  else
    curl -fsS -X "$method" -u dana:standby-demo "$BASE$path"
  fi
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# What must survive: the rotas, every shift, the call-outs, the time off and the compensation ledger.
snapshot() {
  local from=$1 to=$2 rota=$3
  {
    echo "rotas";        call GET /api/teams/1/rotas; echo
    echo "shifts";       call GET "/api/rotas/$rota/shifts"; echo
    echo "callouts";     call GET /api/teams/1/callouts; echo
    echo "time-off";     call GET "/api/teams/1/time-off?from=$from&to=$to"; echo
    echo "compensation"; call GET "/api/teams/1/compensation?from=$from&to=$to"; echo
  } | python3 -c '
import json, sys
for line in sys.stdin:
    line = line.strip()
    if line.startswith(("{", "[")):
        print(json.dumps(json.loads(line), sort_keys=True, indent=1))
    elif line:
        print("== " + line)
'
}

if [ "$KIND" = h2 ]; then
  start "$WORK/original"
else
  createdb -O standby standby_backup_src
  start standby_backup_src
fi

# A rota from the start of last month to the end of next month, published; a call-out on a shift that has
# started, confirmed; time off taken.
from=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%F)
to=$(date -u -d "$(date -u +%Y-%m-01) +2 month -1 day" +%F)
rota=$(call POST /api/teams/1/rotas "{\"name\":\"Backup check\",\"from\":\"$from\",\"to\":\"$to\"}" | json 'd["id"]')
call POST "/api/rotas/$rota/publish" >/dev/null
shift_json=$(call GET "/api/rotas/$rota/shifts" | json '
    json.dumps(next(s for s in (d["items"] if isinstance(d, dict) else d)
                    if s["memberId"] and s["start"] < __import__("datetime").datetime.now(__import__("datetime").timezone.utc).isoformat()))')
shift_id=$(echo "$shift_json" | json 'd["id"]')
shift_start=$(echo "$shift_json" | json 'd["start"]')
member=$(echo "$shift_json" | json 'd["memberId"]')
callout=$(call POST /api/teams/1/callouts "{\"shiftId\":$shift_id,\"start\":\"$shift_start\",\"minutes\":95,\"note\":\"server room alarm\"}" | json 'd["id"]')
call POST "/api/teams/1/callouts/$callout/confirm" '{"note":"checked"}' >/dev/null
call POST /api/teams/1/time-off "{\"memberId\":$member,\"date\":\"$from\",\"hours\":3.5,\"note\":\"in lieu\"}" >/dev/null
snapshot "$from" "$to" "$rota" >"$WORK/before.txt"
grep -q '"minutes": 95' "$WORK/before.txt" || { echo "the call-out is not in the snapshot"; exit 1; }

# The documented backup command, then a restore into a fresh instance.
if [ "$KIND" = h2 ]; then
  file=$(curl -fsS -X POST -u "admin:$ADMIN" "$BASE/api/admin/backups" | json 'd["file"]')
  stop
  mkdir -p "$WORK/restored"
  (cd "$WORK/restored" && unzip -q "$file")
  start "$WORK/restored"
else
  pg_dump --format=custom --file="$WORK/standby.dump" standby_backup_src
  stop
  createdb -O standby standby_backup_restored
  pg_restore --no-owner --role=standby -d standby_backup_restored "$WORK/standby.dump"
  start standby_backup_restored
fi
snapshot "$from" "$to" "$rota" >"$WORK/after.txt"
if ! diff -u "$WORK/before.txt" "$WORK/after.txt"; then
  echo "FAIL ($KIND): the restored instance answers differently"; exit 1
fi
echo "backup and restore ($KIND): the restored instance answers the same rotas, $(grep -c '"hours"' "$WORK/after.txt") shift and ledger rows"
