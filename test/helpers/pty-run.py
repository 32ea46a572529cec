#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and plays a script of keystrokes against it.

Used by the tests (and scripts/bench-assess.mjs) to drive `opdm assess` as a person would,
without node-pty: only Python's standard library.

Usage: pty-run.py SCRIPT.json   (or the JSON on stdin with "-")

The script:
  {"argv": ["node", "bin/opdm.cjs", "assess", "x.yaml"], "cwd": "...", "env": {"K": "V"},
   "cols": 120, "rows": 40, "timeout": 10, "total_timeout": 120,
   "steps": [{"expect": "regex", "send": "text"},   # wait for regex (ANSI codes stripped), type
             {"expect": "regex", "kill": "KILL"},   # ... then send a signal to the process
             {"expect": "regex", "run": ["cmd", "arg"], "send": "text"},  # ... run a command to its
                                                    # end (in cwd) before typing: a hand edit
             {"send": "\\u0003"}, {"sleep": 0.2}]}
A step waits for `expect` in the output that came after the previous match, lets the screen
settle (no output for a moment) and then sends `send` or the `kill` signal.

Prints one JSON object: {"status": "exited" | "signaled" | "timeout" | "failed",
  "code", "signal", "failed_step", "error", "transcript" (ANSI stripped), "raw",
  "timings": [{"step", "matched_at", "since_send"}], "exited_at"} (seconds since the start /
  since the last send; exited_at: when the process was seen to end).
Never waits longer than the timeouts: on failure the process is killed.
"""
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def strip(text):
    return ANSI.sub("", text).replace("\r", "")


class Child:
    def __init__(self, script):
        self.start = time.monotonic()
        env = dict(os.environ)
        env.update(script.get("env", {}))
        rows, cols = script.get("rows", 40), script.get("cols", 120)
        pid, fd = pty.fork()
        if pid == 0:  # the child: a terminal of a known size, then the command
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if script.get("cwd"):
                    os.chdir(script["cwd"])
                os.execvpe(script["argv"][0], script["argv"], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.raw = b""
        self.seen = 0  # where in the stripped transcript the next `expect` starts looking
        self.closed = False
        self.status = None
        self.exited_at = None

    def text(self):
        return strip(self.raw.decode("utf-8", "replace"))

    def read(self, timeout):
        """Reads what is there within `timeout`; False when nothing came."""
        if self.closed:
            time.sleep(min(timeout, 0.002))
            return False
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            self.closed = True
            return False
        self.raw += data
        return True

    def expect(self, pattern, timeout):
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            found = regex.search(self.text(), self.seen)
            if found:
                self.seen = found.end()
                return True
            left = deadline - time.monotonic()
            if left <= 0 or (self.closed and self.poll() is not None):
                return False
            self.read(min(left, 0.05))

    def settle(self, quiet=0.08, limit=1.0):
        end = time.monotonic() + limit
        while time.monotonic() < end and self.read(quiet):
            pass

    def send(self, text):
        os.write(self.fd, text.encode("utf-8"))

    def poll(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid != 0:
                self.status = status
                self.exited_at = time.monotonic() - self.start
        return self.status

    def wait(self, timeout):
        deadline = time.monotonic() + timeout
        while self.poll() is None and time.monotonic() < deadline:
            self.read(0.05)
        while self.read(0.02):
            pass
        return self.status

    def kill(self):
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.wait(5)


def run(script):
    child = Child(script)
    step_timeout = script.get("timeout", 10)
    total_deadline = child.start + script.get("total_timeout", 120)
    timings, failed, error = [], None, None
    last_send = child.start
    for i, step in enumerate(script.get("steps", [])):
        if time.monotonic() > total_deadline:
            failed, error = i, "total timeout"
            break
        if "expect" in step:
            if not child.expect(step["expect"], step.get("timeout", step_timeout)):
                failed, error = i, "expected /%s/ not seen" % step["expect"]
                break
            now = time.monotonic()
            timings.append({"step": i, "matched_at": now - child.start, "since_send": now - last_send})
            child.settle()
        if "sleep" in step:
            child.settle(quiet=step["sleep"], limit=step["sleep"])
        if "run" in step:
            done = subprocess.run(step["run"], cwd=script.get("cwd"), timeout=step.get("timeout", step_timeout))
            if done.returncode != 0:
                failed, error = i, "run %s exited %d" % (step["run"], done.returncode)
                break
        if "send" in step:
            child.send(step["send"])
            last_send = time.monotonic()
        if "kill" in step:
            os.kill(child.pid, getattr(signal, "SIG" + step["kill"]))
    if failed is None:
        status = child.wait(max(0.1, min(script.get("exit_timeout", 15), total_deadline - time.monotonic())))
    else:
        status = None
    if status is None:
        child.kill()
        status = child.status
        result_status = "failed" if failed is not None else "timeout"
    else:
        result_status = "signaled" if os.WIFSIGNALED(status) else "exited"
    return {
        "status": result_status,
        "code": os.WEXITSTATUS(status) if status is not None and os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if status is not None and os.WIFSIGNALED(status) else None,
        "failed_step": failed,
        "error": error,
        "transcript": child.text(),
        "raw": child.raw.decode("utf-8", "replace"),
        "timings": timings,
        "exited_at": child.exited_at,
    }


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "-"
    script = json.load(sys.stdin if source == "-" else open(source, encoding="utf-8"))
    result = run(script)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
