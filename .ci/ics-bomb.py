#!/usr/bin/env python3
"""Issue 22: hostile calendar uploads never take the packaged service down.

Starts the packaged service (target/quarkus-app, built by ./mvnw verify) with a small heap (-Xmx64m) on a fresh H2
data directory, polls its health every 100 ms from a thread, and meanwhile posts, three at a time and five times over:
time-zone bombs (a VTIMEZONE whose STANDARD block repeats every second or minute, without end: 299 bytes once took
a 384 MB heap), as a dry run and as a real import; a 5 KB bomb; a calendar of 100,000 all-day periods (about 8 MB);
and one just over the event limit. Passes when every upload is answered 4xx problem+json or 2xx (a bomb's zone is
never expanded, so its one all-day period may be imported), every health poll answered 200 UP within 3 s, the
service still serves an API call at the end, and its log holds no OutOfMemoryError. Exits 1 otherwise.

Usage: python3 .ci/ics-bomb.py   (environment: STANDBY_APP, default target/quarkus-app; STANDBY_BOMB_PORT, 18511)
"""
import base64
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

APP = os.environ.get("STANDBY_APP", "target/quarkus-app")
PORT = int(os.environ.get("STANDBY_BOMB_PORT", "18511"))
HEAP = os.environ.get("STANDBY_BOMB_HEAP", "64m")
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "ics-bomb-admin-1"
AUTH = "Basic " + base64.b64encode(f"admin:{PASSWORD}".encode()).decode()


def request(method, path, body=None, content_type="application/json", timeout=120):
    data = body.encode() if isinstance(body, str) else body
    req = urllib.request.Request(BASE + path, data=data, method=method,
                                 headers={"Authorization": AUTH, "Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read().decode()
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers.get("Content-Type", ""), answer.read().decode()


def zone_bomb(frequency, padding=0):
    events = "".join(f"BEGIN:VEVENT\r\nUID:p{i}\r\nDTSTART;TZID=Bomb:20270101T1000{i % 60:02d}\r\n"
                     f"SUMMARY:Timed {i}\r\nEND:VEVENT\r\n" for i in range(padding))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VTIMEZONE\r\nTZID:Bomb\r\n"
            "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nRRULE:FREQ=" + frequency + "\r\n"
            "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Bomb:20270101T100000\r\nSUMMARY:Ferien\r\nEND:VEVENT\r\n"
            + events +
            "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20270705\r\nSUMMARY:Sommerferien\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")


def many_periods(count):
    parts = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"]
    for i in range(count):
        day = 20270101 + (i % 28)
        parts.append(f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART;VALUE=DATE:{day}\r\nSUMMARY:Ferien {i}\r\nEND:VEVENT\r\n")
    parts.append("END:VCALENDAR\r\n")
    return "".join(parts)


class HealthPoller(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.polls = 0
        self.failures = []
        self.slowest = 0.0

    def run(self):
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                with urllib.request.urlopen(BASE + "/q/health/live", timeout=3) as answer:
                    body = json.loads(answer.read())
                    if answer.status != 200 or body.get("status") != "UP":
                        self.failures.append(f"{answer.status} {body}")
            except Exception as e:  # a timeout, a refused connection, a 503
                self.failures.append(f"{type(e).__name__}: {e}")
            self.slowest = max(self.slowest, time.monotonic() - started)
            self.polls += 1
            self.stop.wait(0.1)


def main():
    jar = os.path.join(APP, "quarkus-run.jar")
    if not os.path.exists(jar):
        print(f"no {jar}: run ./mvnw -B package -DskipTests first", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="standby-ics-bomb.")
    log_path = os.path.join(work, "service.log")
    env = dict(os.environ, STANDBY_DATA_DIR=os.path.join(work, "data"), STANDBY_ADMIN_PASSWORD=PASSWORD,
               QUARKUS_HTTP_PORT=str(PORT))
    env.pop("QUARKUS_DATASOURCE_JDBC_URL", None)
    with open(log_path, "w") as log:
        service = subprocess.Popen(["java", f"-Xmx{HEAP}", "-jar", jar], stdout=log, stderr=subprocess.STDOUT,
                                   env=env)
    poller = HealthPoller()
    problems = []
    try:
        for _ in range(3000):
            try:
                with urllib.request.urlopen(BASE + "/q/health/ready", timeout=2):
                    break
            except Exception:
                if service.poll() is not None:
                    raise SystemExit("the service died on start:\n" + open(log_path).read()[-4000:])
                time.sleep(0.1)
        else:
            raise SystemExit("the service was not ready after 300 s")
        status, _, body = request("POST", "/api/teams", json.dumps(
            {"name": "Bombed", "timeZone": "Europe/Berlin", "holidayRegion": "DE-HE", "handoverTime": "08:00"}))
        assert status == 201, (status, body)
        team = json.loads(body)["id"]
        uploads = [
            ("zone bomb SECONDLY, dry run", "?dryRun=true", zone_bomb("SECONDLY")),
            ("zone bomb MINUTELY, dry run", "?dryRun=true", zone_bomb("MINUTELY")),
            ("zone bomb SECONDLY, import", "", zone_bomb("SECONDLY")),
            ("5 KB zone bomb MINUTELY", "?dryRun=true", zone_bomb("MINUTELY", padding=45)),
            ("100,000 periods, dry run", "?dryRun=true", many_periods(100_000)),
            ("2,001 periods, dry run", "?dryRun=true", many_periods(2_001)),
        ]
        print(f"heap -Xmx{HEAP}; uploads: " + ", ".join(f"{name} ({len(ics)} bytes)" for name, _, ics in uploads))
        poller.start()

        def upload(item):
            name, query, ics = item
            started = time.monotonic()
            status, content_type, body = request("POST", f"/api/teams/{team}/periods/import{query}", ics,
                                                 "text/calendar; charset=UTF-8")
            return name, status, content_type, body, time.monotonic() - started

        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            for name, status, content_type, body, seconds in pool.map(upload, uploads * 5):
                print(f"  {name}: {status} {content_type} in {seconds:.1f} s")
                if seconds > 30:
                    problems.append(f"{name}: took {seconds:.0f} s (the importer's bounds allow a few seconds)")
                if 200 <= status < 300:
                    continue
                if not (400 <= status < 500 and content_type.startswith("application/problem+json")):
                    problems.append(f"{name}: answered {status} {content_type} {body[:300]}")
        poller.stop.set()
        poller.join()
        status, _, body = request("GET", f"/api/teams/{team}/periods")
        if status != 200:
            problems.append(f"after the uploads GET periods answered {status} {body[:300]}")
        print(f"health: {poller.polls} polls, slowest {poller.slowest:.2f} s, failed {len(poller.failures)}")
        if poller.polls < 4:
            problems.append(f"only {poller.polls} health polls ran")
        problems += [f"health poll failed: {f}" for f in poller.failures[:10]]
        if service.poll() is not None:
            problems.append(f"the service exited with {service.returncode}")
    finally:
        poller.stop.set()
        service.terminate()
        try:
            service.wait(30)
        except subprocess.TimeoutExpired:
            service.kill()
        log = open(log_path, errors="replace").read()
        if "OutOfMemoryError" in log:
            problems.append("the service log holds an OutOfMemoryError")
        if problems:
            print(log[-6000:], file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        print("FAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print("OK: every upload refused or bounded, health answered throughout, no OutOfMemoryError")
    return 0


if __name__ == "__main__":
    sys.exit(main())
