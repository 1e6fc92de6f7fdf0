#!/usr/bin/env python3
"""Issue 15: two instances of the packaged service on one PostgreSQL.

Starts instance A and then instance B of the production package (target/quarkus-app, built for PostgreSQL) on one
database, and checks:
  1. both instances are in one Quartz cluster (two rows in qrtz_scheduler_state);
  2. a member's feed served (and cached) by B shows a change approved through A on the very next request;
  3. the messages that the clustered Quartz job delivers to the team's webhook (one per change request, made
     through A and B in turn) arrive exactly once each, although both instances run the job every 2 s;
  4. a password changed and an API token revoked through A stop working on B with the very next request, although
     B had them in its login caches;
  5. killing A with SIGKILL in the middle of a burst of writes loses nothing A acknowledged: B reads every one.
Exits 1 on any failure.

Usage (after `QUARKUS_DATASOURCE_DB_KIND=postgresql ./mvnw package`):
  STANDBY_CLUSTER_PG_URL=jdbc:postgresql://127.0.0.1:55432/standby_cluster QUARKUS_DATASOURCE_USERNAME=standby \
  QUARKUS_DATASOURCE_PASSWORD=standby PGHOST=127.0.0.1 PGPORT=55432 PGUSER=postgres PGDATABASE=standby_cluster \
  python3 .ci/two-instances.py
"""
import base64
import datetime
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

APP = os.environ.get("STANDBY_APP", "target/quarkus-app")
PORTS = {"A": 18521, "B": 18522}
HOOK_PORT = 18529
PASSWORD = "two-instances-admin-1"
AUTH = {"Authorization": "Basic " + base64.b64encode(f"admin:{PASSWORD}".encode()).decode()}
failures = []


def fail(message):
    print("FAILED: " + message, file=sys.stderr)
    failures.append(message)


def call(instance, method, path, body=None, timeout=180):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{PORTS[instance]}{path}", data=data, method=method,
                                 headers=dict(AUTH, **{"Content-Type": "application/json"}))
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            text = answer.read().decode()
            return answer.status, (json.loads(text) if text and text[0] in "[{" else text)
    except urllib.error.HTTPError as answer:
        return answer.code, answer.read().decode()


def ok(instance, method, path, body=None):
    status, answer = call(instance, method, path, body)
    if status // 100 != 2:
        raise SystemExit(f"{instance}: {method} {path} answered {status}: {str(answer)[:500]}")
    return answer


def status_with(instance, path, authorization):
    """The status of a GET with these credentials (no admin)."""
    req = urllib.request.Request(f"http://127.0.0.1:{PORTS[instance]}{path}",
                                 headers={"Authorization": authorization})
    try:
        with urllib.request.urlopen(req, timeout=60) as answer:
            return answer.status
    except urllib.error.HTTPError as answer:
        return answer.code


def basic(username, password):
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def rows(answer):
    return answer["items"] if isinstance(answer, dict) and "items" in answer else answer


class Hooks(http.server.BaseHTTPRequestHandler):
    received = []
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with Hooks.lock:
            Hooks.received.append((self.headers.get("Idempotency-Key"), json.loads(body or b"{}")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def start(name, work):
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(PORTS[name]), STANDBY_ADMIN_PASSWORD=PASSWORD,
               QUARKUS_DATASOURCE_JDBC_URL=os.environ["STANDBY_CLUSTER_PG_URL"],
               QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="120S",
               STANDBY_NOTIFY_DISPATCH_EVERY="2s", STANDBY_NOTIFY_PLAN_EVERY="off",
               STANDBY_DATA_DIR=os.path.join(work, name))
    log = open(os.path.join(work, f"{name}.log"), "w")
    process = subprocess.Popen(["java", "-Xmx384m", "-jar", os.path.join(APP, "quarkus-run.jar")], stdout=log,
                               stderr=subprocess.STDOUT, env=env)
    for _ in range(3000):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORTS[name]}/q/health/ready", timeout=2):
                return process
        except Exception:
            if process.poll() is not None:
                raise SystemExit(f"instance {name} died on start:\n" + open(log.name).read()[-4000:])
            time.sleep(0.1)
    raise SystemExit(f"instance {name} not ready after 300 s")


def feed(instance, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{PORTS[instance]}{path}", timeout=60) as answer:
        return answer.read().decode()


def psql(sql):
    return subprocess.run(["psql", "-Atc", sql], check=True, capture_output=True, text=True).stdout.strip()


def main():
    if not os.path.exists(os.path.join(APP, "quarkus-run.jar")):
        print(f"no {APP}/quarkus-run.jar", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="standby-two.")
    hooks = http.server.ThreadingHTTPServer(("127.0.0.1", HOOK_PORT), Hooks)
    threading.Thread(target=hooks.serve_forever, daemon=True).start()
    processes = {}
    try:
        processes["A"] = start("A", work)
        processes["B"] = start("B", work)
        time.sleep(8)  # one check-in interval of the Quartz cluster
        nodes = psql("select count(*) from qrtz_scheduler_state")
        print(f"1. Quartz cluster: {nodes} scheduler instances checked in")
        if nodes != "2":
            fail(f"expected two Quartz scheduler instances in one cluster, found {nodes}")

        # a team with three members, a webhook and a published rota, all through A
        team = ok("A", "POST", "/api/teams", {"name": f"Two instances {time.time_ns()}", "timeZone": "Europe/Berlin",
                                               "holidayRegion": "DE-HE", "handoverTime": "08:00"})["id"]
        members = [ok("A", "POST", f"/api/teams/{team}/members", {"name": n, "fte": 1.0})["id"]
                   for n in ("Ada", "Bo", "Cy")]
        ok("A", "PUT", f"/api/teams/{team}/webhook", {"url": f"http://127.0.0.1:{HOOK_PORT}/hook",
                                                      "secret": "two-instances-secret"})
        today = datetime.date.today()
        rota = ok("A", "POST", f"/api/teams/{team}/rotas", {"name": "two instances", "from": str(today),
                                                           "to": str(today + datetime.timedelta(days=28))})["id"]
        ok("A", "POST", f"/api/rotas/{rota}/publish")
        soon = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=2)).isoformat()
        shifts = [s for s in rows(ok("A", "GET", f"/api/rotas/{rota}/shifts"))
                  if s.get("memberId") is not None and s["start"] > soon]

        # 2. a feed of Ada's shifts, read twice through B (the second from B's memory)
        ada = members[0]
        url = ok("A", "POST", f"/api/members/{ada}/feeds", {})["url"]
        path = urllib.parse.urlparse(url).path
        before = feed("B", path)
        feed("B", path)
        adas = [s for s in shifts if s["memberId"] == ada]
        if not adas:
            raise SystemExit("Ada holds no future shift in the rota; nothing to move")
        shift = adas[0]
        taker = members[1]
        request = ok("A", "POST", f"/api/rotas/{rota}/change-requests",
                     {"type": "COVER", "shiftId": shift["id"], "memberId": taker, "reason": "two instances"})
        ok("A", "POST", f"/api/change-requests/{request['id']}/approve",
           {"note": "ok", "breachReason": "two-instance test"})
        after = feed("B", path)
        # the shift Ada gave away stays in her feed as a cancelled event (so that calendar apps remove it)
        confirmed_before, confirmed_after = before.count("STATUS:CONFIRMED"), after.count("STATUS:CONFIRMED")
        cancelled_after = after.count("STATUS:CANCELLED")
        print(f"2. Ada's feed through B: {confirmed_before} shifts before; on the next request after the cover "
              f"approved through A, {confirmed_after} shifts and {cancelled_after} cancelled")
        if (confirmed_after, cancelled_after) != (confirmed_before - 1, before.count("STATUS:CANCELLED") + 1):
            fail("B's feed did not show the change approved through A on the next request")
        if feed("A", path) != after:
            fail("A and B serve different feeds after the change")

        # 3. change requests through A and B in turn: one webhook message each, delivered once
        made = [request["id"]]
        for i, candidate in enumerate([s for s in shifts if s["id"] != shift["id"]][:6]):
            other = next(m for m in members if m != candidate["memberId"])
            made.append(ok("AB"[i % 2], "POST", f"/api/rotas/{rota}/change-requests",
                           {"type": "COVER", "shiftId": candidate["id"], "memberId": other,
                            "reason": "webhook"})["id"])
        deadline = time.time() + 90

        def pending_keys():
            with Hooks.lock:
                return [key for key, _ in Hooks.received
                        if key and any(key.startswith(f"change-request.pending:change-request:{i}:") for i in made)]

        while time.time() < deadline and len(set(pending_keys())) < len(made):
            time.sleep(0.5)
        time.sleep(6)  # three more runs of the job on each node: a repeat would arrive now
        with Hooks.lock:
            keys = [key for key, _ in Hooks.received]
        repeated = {key for key in keys if keys.count(key) > 1}
        pending = set(pending_keys())
        print(f"3. webhook: {len(keys)} messages received, {len(set(keys))} distinct, {len(pending)} for the "
              f"{len(made)} change requests, repeated: {sorted(repeated) or 'none'}")
        if repeated:
            fail(f"messages delivered more than once: {sorted(repeated)}")
        if len(pending) < len(made):
            fail(f"only {len(pending)} of {len(made)} change-request messages arrived within 90 s "
                 f"(keys: {sorted(pending)})")

        # 4. logins across instances: B remembers a verified password and a token; A changes the one and revokes
        # the other; B's very next request with them is refused
        user = f"two-{time.time_ns()}"
        ok("A", "POST", "/api/users", {"username": user, "password": "first-password-1", "roles": ["viewer"]})
        old, new = basic(user, "first-password-1"), basic(user, "second-password-2")
        seen = [status_with("B", "/api/me", old) for _ in range(2)]  # the second from B's cache
        ok("A", "PUT", f"/api/users/{user}", {"password": "second-password-2", "roles": ["viewer"]})
        after_change = (status_with("B", "/api/me", old), status_with("B", "/api/me", new))
        token = ok("A", "POST", "/api/api-tokens", {"name": "two instances", "teamIds": [team]})
        bearer = "Bearer " + token["token"]
        seen_token = [status_with("B", f"/api/teams/{team}", bearer) for _ in range(2)]
        status, _ = call("A", "DELETE", f"/api/api-tokens/{token['id']}")
        after_revoke = status_with("B", f"/api/teams/{team}", bearer)
        print(f"4. logins through B: old password {seen}, after the change through A: old "
              f"{after_change[0]}, new {after_change[1]}; token {seen_token}, after its revocation through A "
              f"({status}): {after_revoke}")
        if seen != [200, 200] or seen_token != [200, 200] or status != 204:
            fail("the password or token did not work through B before the change")
        if after_change != (401, 200):
            fail("B still accepted the old password after the change through A, or refused the new one")
        if after_revoke != 401:
            fail("B still accepted the token after its revocation through A")

        # 5. a burst of writes through A, killed in the middle; B reads every acknowledged one
        acknowledged = []
        lock = threading.Lock()
        stop = threading.Event()

        def writer(k):
            n = 0
            while not stop.is_set():
                n += 1
                day = today + datetime.timedelta(days=400 + k * 200 + n)
                try:
                    status, answer = call("A", "POST", f"/api/teams/{team}/absences",
                                          {"memberId": members[k % 3], "start": str(day), "end": str(day),
                                           "kind": "TRAINING"}, timeout=30)
                except Exception:
                    return
                if status == 201:
                    with lock:
                        acknowledged.append(answer["id"])

        with ThreadPoolExecutor(4) as pool:
            for k in range(4):
                pool.submit(writer, k)
            while len(acknowledged) < 30:
                time.sleep(0.05)
            time.sleep(1.0)
            processes["A"].kill()
            processes["A"].wait()
            stop.set()
        stored = {a["id"] for a in rows(ok("B", "GET", f"/api/teams/{team}/absences?size=200"))}
        lost = [i for i in acknowledged if i not in stored]
        print(f"5. SIGKILL of A after {len(acknowledged)} acknowledged absences: B reads "
              f"{len(acknowledged) - len(lost)}, lost {len(lost)}")
        if lost:
            fail(f"acknowledged by A, not found through B: {lost}")
        if len(acknowledged) > 200:
            fail("more writes than one page reads; the check would be incomplete")
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
        hooks.shutdown()
        if failures:
            for name in ("A", "B"):
                log = os.path.join(work, f"{name}.log")
                if os.path.exists(log):
                    print(f"--- {name}.log (end)\n" + open(log, errors="replace").read()[-3000:], file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        return 1
    print("two instances on one PostgreSQL: one Quartz cluster, feeds current across instances, webhook messages "
          "once each, changed passwords and revoked tokens refused across instances, nothing acknowledged lost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
