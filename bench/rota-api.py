#!/usr/bin/env python3
"""Rota generation through the API (issue 19): time and memory as team size and horizon grow, cold and warm.

For each team size (default 3, 6, 12, 24 full-time members), a fresh JVM of the packaged service (embedded H2 in a
temporary directory) generates the first school year's draft with `POST /api/teams/{id}/rotas` three times: the first
request is "cold" (just after start), the median of the next two "warm". The API plans at most 400 days at once, so a
horizon of several years is one rota per school year: each is published, then the next planned (carrying the
earlier years' load). Prints a Markdown table: wall times, shifts, gaps, and the process's resident memory at the
end (VmRSS) and at its peak (VmHWM), read from /proc.

Usage (build first: ./mvnw -B package -DskipTests):
  python3 bench/rota-api.py [SIZES] [YEARS]      e.g.  python3 bench/rota-api.py 3,6,12,24 3
Environment: STANDBY_APP (target/quarkus-app), STANDBY_BENCH_PORT (18541), STANDBY_BENCH_HEAP (-Xmx, 1g).
"""
import base64
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

APP = os.environ.get("STANDBY_APP", "target/quarkus-app")
PORT = int(os.environ.get("STANDBY_BENCH_PORT", "18541"))
HEAP = os.environ.get("STANDBY_BENCH_HEAP", "1g")
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "rota-bench-admin-1"
AUTH = {"Authorization": "Basic " + base64.b64encode(f"admin:{PASSWORD}".encode()).decode(),
        "Content-Type": "application/json"}


def call(method, path, body=None, timeout=900):
    req = urllib.request.Request(BASE + path, None if body is None else json.dumps(body).encode(), AUTH,
                                 method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            text = answer.read().decode()
            return answer.status, json.loads(text) if text else None
    except urllib.error.HTTPError as answer:
        return answer.code, answer.read().decode()


def memory(pid):
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(("VmRSS", "VmHWM")):
                key, value = line.split(":")
                values[key] = int(value.split()[0]) // 1024
    return values


def measure(size, years):
    work = tempfile.mkdtemp(prefix="standby-rota-bench.")
    env = dict(os.environ, STANDBY_DATA_DIR=os.path.join(work, "data"), STANDBY_ADMIN_PASSWORD=PASSWORD,
               QUARKUS_HTTP_PORT=str(PORT), STANDBY_NOTIFY_PLAN_EVERY="off", STANDBY_NOTIFY_DISPATCH_EVERY="off")
    log = open(os.path.join(work, "log"), "w")
    service = subprocess.Popen(["java", f"-Xmx{HEAP}", "-jar", os.path.join(APP, "quarkus-run.jar")], stdout=log,
                               stderr=subprocess.STDOUT, env=env)
    try:
        for _ in range(3000):
            try:
                with urllib.request.urlopen(BASE + "/q/health/ready", timeout=2):
                    break
            except Exception:
                if service.poll() is not None:
                    raise SystemExit(open(log.name).read()[-3000:])
                time.sleep(0.1)
        status, team = call("POST", "/api/teams", {"name": f"Bench {size}", "timeZone": "Europe/Berlin",
                                                   "holidayRegion": "DE-HE", "handoverTime": "08:00"})
        assert status == 201, team
        for i in range(size):
            status, answer = call("POST", f"/api/teams/{team['id']}/members", {"name": f"Member {i + 1}",
                                                                                "fte": 1.0})
            assert status == 201, answer
        today = datetime.date.today()
        first = datetime.date(today.year + (1 if today.month >= 8 else 0), 8, 1)

        def year(n):
            return datetime.date(first.year + n, 8, 1), datetime.date(first.year + n + 1, 7, 31)

        def generate(n, name):
            start, end = year(n)
            began = time.monotonic()
            status, answer = call("POST", f"/api/teams/{team['id']}/rotas",
                                  {"name": name, "from": str(start), "to": str(end)})
            assert status == 201, answer
            return time.monotonic() - began, answer

        # the first school year: cold (the first request after start), then twice more (warm), drafts deleted
        times = []
        for run in range(3):
            seconds, answer = generate(0, f"year 1 run {run}")
            times.append(seconds)
            if run < 2:
                call("DELETE", f"/api/rotas/{answer['id']}")
        shifts, gaps = answer["shifts"], answer["gaps"]
        # longer horizons: one rota per school year (the API plans at most 400 days at once), each published before
        # the next is planned, so that the next carries the earlier years' load
        horizon = [times[2]]
        for n in range(1, years):
            status, published = call("POST", f"/api/rotas/{answer['id']}/publish")
            assert status == 200, published
            seconds, answer = generate(n, f"year {n + 1}")
            horizon.append(seconds)
            shifts += answer["shifts"]
            gaps += answer["gaps"]
        mem = memory(service.pid)
        return {"size": size, "years": years, "cold": times[0], "warm": statistics.median(times[1:]),
                "horizon": horizon, "shifts": shifts, "gaps": gaps, "rss": mem.get("VmRSS"),
                "peak": mem.get("VmHWM"), "from": year(0)[0], "to": year(years - 1)[1]}
    finally:
        service.terminate()
        try:
            service.wait(30)
        except subprocess.TimeoutExpired:
            service.kill()
        shutil.rmtree(work, ignore_errors=True)


def main():
    if not os.path.exists(os.path.join(APP, "quarkus-run.jar")):
        print(f"no {APP}/quarkus-run.jar: run ./mvnw -B package -DskipTests first", file=sys.stderr)
        return 2
    sizes = [int(s) for s in (sys.argv[1] if len(sys.argv) > 1 else "3,6,12,24").split(",")]
    horizons = [int(y) for y in (sys.argv[2] if len(sys.argv) > 2 else "1,2,3").split(",")]
    print(f"java -Xmx{HEAP}; {os.cpu_count()} cores; {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print("| Members | Horizon | Range | Shifts | First year cold | First year warm (median of 2) "
          "| Each further year | Whole horizon (warm) | Gaps | RSS after | Peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        years = max(horizons)
        r = measure(size, years)
        further = ", ".join(f"{t:.1f} s" for t in r["horizon"][1:]) or "–"
        print(f"| {size} | {years} y | {r['from']} – {r['to']} | {r['shifts']} | {r['cold']:.1f} s "
              f"| {r['warm']:.1f} s | {further} | {sum(r['horizon']):.1f} s | {r['gaps']} | {r['rss']} MB "
              f"| {r['peak']} MB |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
