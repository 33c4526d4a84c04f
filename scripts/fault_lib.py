"""Shared pieces of the fault tests (scripts/fault.sh) and the attestation load test.

A `secu serve` process (started, killed, stopped), HTTP calls with urllib, valid NISS numbers
and Belgian IBANs, a small insured population registered over the API, attestations that
book a due payment, and SQL queries on the server's database (sqlite3 module or psql).
Python standard library only.

    srv = Server.start(secu, "sqlite:/tmp/f.db", log="/tmp/f.log")
    token = login(srv.url, "clerk", PASSWORD)
    nisses = register_members(srv.url, token, 30)
    post_attestations(srv.url, token, nisses, 300)
    rows = sql("sqlite:/tmp/f.db", "SELECT count(*) FROM payments")
"""
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import date, timedelta

PASSWORD = "fault-test-password"
DEBTOR = {"name": "Mutualite de demonstration", "iban": "BE68539007547034"}


class Failure(Exception):
    """A violated expectation: the scenario fails."""


def say(msg):
    print(msg, flush=True)


def check(cond, what):
    """Prints 'ok  what' or raises Failure('what')."""
    if not cond:
        raise Failure(what)
    say("  ok  " + what)


# ---- the server process -------------------------------------------------------------------

class Server:
    """One `secu serve --port 0` process; its stderr (JSON log lines) goes to `log`. Servers
    still running when the script ends (a failed check) are killed then."""

    running = []

    def __init__(self, proc, url, log):
        self.proc, self.url, self.log = proc, url, log
        Server.running.append(self)

    @staticmethod
    def start(secu, db, log, threads=8, timeout=20.0):
        err = open(log, "ab")
        start = err.tell()
        proc = subprocess.Popen([secu, "serve", "--port", "0", "--threads", str(threads), "--db", db],
                                stdout=subprocess.DEVNULL, stderr=err)
        err.close()
        deadline = time.time() + timeout
        while time.time() < deadline:
            with open(log, "rb") as f:
                f.seek(start)
                m = re.search(rb'"event":"listening","url":"([^"]+)"', f.read())
            if m:
                return Server(proc, m.group(1).decode(), log)
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.kill()
        proc.wait()
        raise Failure("secu serve --db %s did not start (see %s)" % (db, log))

    def kill(self):
        """SIGKILL: no graceful stop, whatever is in flight."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        """SIGTERM and wait: the graceful stop; returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=30)

    def alive(self):
        return self.proc.poll() is None


# ---- HTTP ---------------------------------------------------------------------------------

def http(method, url, body=None, token=None, timeout=30.0):
    """(status, content type, body bytes); raises OSError when there is no answer at all."""
    data = None
    headers = {}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def http_json(method, url, body=None, token=None, timeout=30.0):
    """(status, parsed JSON or None)."""
    status, _, raw = http(method, url, body, token, timeout)
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, None


def add_user(secu, db, name="clerk", role="clerk"):
    env = dict(os.environ, SECU_PASSWORD=PASSWORD)
    subprocess.run([secu, "user", "add", name, "--role", role, "--db", db], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def login(url, name="clerk", password=PASSWORD):
    status, j = http_json("POST", url + "/v1/login", {"name": name, "password": password})
    if status != 200:
        raise Failure("POST /v1/login answered %s: %s" % (status, j))
    return j["token"]


# ---- valid identifiers --------------------------------------------------------------------

def niss(birth, serial):
    """The NISS of someone born on `birth` (a date) with a serial number 1..997."""
    first9 = int("%02d%02d%02d%03d" % (birth.year % 100, birth.month, birth.day, serial))
    base = first9 + (2000000000 if birth.year >= 2000 else 0)
    return "%09d%02d" % (first9, 97 - base % 97)


def iban(n):
    """A Belgian IBAN with valid national (mod 97) and IBAN check digits, from a number."""
    first10 = 5390000000 + n
    check = first10 % 97 or 97
    bban = "%010d%02d" % (first10, check)
    digits = int(bban + "1114" + "00")  # B=11, E=14
    return "BE%02d%s" % (98 - digits % 97, bban)


# ---- the insured population and their attestations --------------------------------------------

def register_members(url, token, count, seed=0):
    """Registers `count` insured employees with an IBAN and an affiliation; returns their NISS."""
    out = []
    for i in range(count):
        n = niss(date(1960 + (seed + i) % 40, 1 + i % 12, 1 + i % 28), 100 + (seed * 7 + i) % 800)
        member = {"niss": n, "family_name": "Fault%d" % i, "given_names": "Test", "language": "fr",
                  "iban": iban(seed * 1000 + i), "legal_residence": True, "insured_as": "employee",
                  "contributions_sufficient": True}
        status, j = http_json("POST", url + "/v1/members", member, token)
        if status != 201:
            raise Failure("POST /v1/members %s answered %s: %s" % (n, status, j))
        status, j = http_json("POST", url + "/v1/members/%s/affiliations" % n,
                              {"fund": "mut_neutral", "valid_from": "2015-01-01"}, token)
        if status != 201:
            raise Failure("POST /v1/members/%s/affiliations answered %s: %s" % (n, status, j))
        out.append(n)
    return out


def attestation(nisses, k, tag="f"):
    """Attestation number k: a GP consultation of member k % len on a day of 2024 unique per member."""
    who = nisses[k % len(nisses)]
    care = date(2024, 1, 1) + timedelta(days=(k // len(nisses)) % 366)
    return {"idempotency_key": "%s-%d" % (tag, k), "niss": who, "form": "paper",
            "sticker_number": "%d%06d" % (7 if tag == "f" else 8, k), "received_on": (care + timedelta(days=10)).isoformat(),
            "lines": [{"date": care.isoformat(), "code": "101010", "fee_charged": "18.85",
                       "provider": {"kind": "gp", "conventioned": True, "holds_dmg": True}}]}


def post_attestations(url, token, nisses, count, workers=4):
    """Posts `count` attestations (each books a due payment) from `workers` threads."""
    errors = []

    def work(w):
        for k in range(w, count, workers):
            status, j = http_json("POST", url + "/v1/attestations", attestation(nisses, k), token)
            if status != 201 or not j.get("payment"):
                errors.append((k, status, j))
                return
    threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise Failure("POST /v1/attestations: %s" % (errors[:3],))


# ---- SQL on the server's database -----------------------------------------------------------

def sql(db, query):
    """The rows of `query` (a list of tuples of text) on sqlite:FILE or postgresql://…."""
    if db.startswith("sqlite:"):
        con = sqlite3.connect("file:%s?mode=ro" % db[len("sqlite:"):], uri=True, timeout=30)
        try:
            return [tuple("" if v is None else str(v) for v in row) for row in con.execute(query)]
        finally:
            con.close()
    # Unit and record separators: the stored pain.001 files hold newlines.
    out = subprocess.run(["psql", db, "-X", "-q", "-At", "-F", "\x1f", "-R", "\x1e", "-v", "ON_ERROR_STOP=1",
                          "-c", query], check=True, capture_output=True, text=True).stdout
    return [tuple(rec.split("\x1f")) for rec in out.rstrip("\n").split("\x1e") if rec != ""]


def one(db, query):
    """The single value of `query`."""
    return sql(db, query)[0][0]


def e2e_ids(document):
    """The payment ids of a pain.001 (EndToEndId SECU-P<id>), in document order."""
    return [int(x) for x in re.findall(r"<EndToEndId>SECU-P(\d+)</EndToEndId>", document)]


def main_guard(fn):
    """Runs fn(argv), exit 1 with the violated check on Failure; kills the servers left."""
    try:
        fn(sys.argv[1:])
    except Failure as e:
        say("  FAIL  %s" % e)
        sys.exit(1)
    finally:
        for srv in Server.running:
            if srv.alive():
                srv.kill()
