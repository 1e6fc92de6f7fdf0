#!/usr/bin/env python3
"""Launches a command and prints the milliseconds until GET URL answers 200, then the PID of the command.

Used by bench/startup.sh. One process polls every 20 ms, so the measurement does not fork a curl per poll: on a
2-core machine those forks take CPU from the JVM being measured. Exits 1 if the command exits first.
Usage: bench/ready.py URL LOG_FILE COMMAND [ARGS...]
"""
import subprocess
import sys
import time
import urllib.request

url, log_file, command = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(log_file, "w") as log:
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    while True:
        if process.poll() is not None:
            sys.exit(1)
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.status == 200:
                    break
        except OSError:
            pass
        time.sleep(0.02)
    print(int((time.monotonic() - started) * 1000), process.pid)
