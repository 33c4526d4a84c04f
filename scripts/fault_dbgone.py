"""Fault scenario: the PostgreSQL server goes away under a running `secu serve`, then comes back.

    FAULT_PG_STOP='…' FAULT_PG_START='…' python3 scripts/fault_dbgone.py SECU postgresql://… WORKDIR

FAULT_PG_STOP and FAULT_PG_START are shell commands that stop the cluster (pg_ctl stop -m fast)
and start it again on the same port (scripts/fault.sh sets them). While the database is away:
/ready answers 503 with a reason, back-office requests answer 503 with a JSON error of code
"unavailable" within seconds (no hang, no 500), /health still answers, nothing is written.
Once it is back: /ready is 200 and the back-office works again within a few seconds.
"""
import os
import subprocess
import threading
import time
from datetime import date

from fault_lib import (Failure, Server, add_user, check, http_json, login, main_guard, niss, register_members, say)

RECOVERY_SECONDS = 10


def timed(method, url, body=None, token=None):
    """(status, JSON, seconds)."""
    t0 = time.time()
    try:
        status, j = http_json(method, url, body, token, timeout=30)
    except OSError as e:
        raise Failure("%s %s: no answer (%s)" % (method, url, e))
    return status, j, time.time() - t0


def first_line(text):
    return (text or "").splitlines()[0] if text else ""


def unavailable(status, j):
    return status == 503 and isinstance(j, dict) and j.get("error", {}).get("code") == "unavailable"


def busy(url, token, member):
    """Several requests at once, so that the pool holds several connections."""
    threads = [threading.Thread(target=http_json, args=("GET", url + "/v1/members/" + member, None, token))
               for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def recover(srv, token, member, t0):
    """GET the member until 12 answers in a row are 200 (more than the pool's connections);
    before that only 503 "unavailable" is allowed. Returns how many 503 there were."""
    failed = 0
    ok_in_a_row = 0
    while ok_in_a_row < 12:
        status, j, _ = timed("GET", srv.url + "/v1/members/" + member, None, token)
        if status == 200:
            ok_in_a_row += 1
            continue
        if not unavailable(status, j) or time.time() - t0 > RECOVERY_SECONDS:
            raise Failure("after the restart GET /v1/members/{niss} is %d: %s" % (status, j))
        failed, ok_in_a_row = failed + 1, 0
    return failed


def quick_restart(srv, token, member):
    """The database restarted between two requests: the pooled connections are stale."""
    busy(srv.url, token, member)
    subprocess.run(["bash", "-c", os.environ["FAULT_PG_STOP"]], check=True)
    subprocess.run(["bash", "-c", os.environ["FAULT_PG_START"]], check=True)
    t0 = time.time()
    failed = recover(srv, token, member, t0)
    check(True, "database restarted between two requests: the back office works again after %.2f s "
          "(%d request(s) answered 503 on a stale pooled connection first)" % (time.time() - t0, failed))


def main(argv):
    secu, db, work = argv[0], argv[1], argv[2]
    say("fault: the database gone (PostgreSQL stopped under a running server, then started again)")
    add_user(secu, db)
    srv = Server.start(secu, db, work + "/gone.log", threads=6)
    token = login(srv.url)
    member = register_members(srv.url, token, 1, seed=7)[0]
    busy(srv.url, token, member)
    status, j, _ = timed("GET", srv.url + "/ready")
    check(status == 200, "before: /ready is 200 (%s)" % j)

    subprocess.run(["bash", "-c", os.environ["FAULT_PG_STOP"]], check=True)
    status, j, s = timed("GET", srv.url + "/ready")
    check(status == 503 and j.get("status") == "not_ready" and j.get("reason"),
          "database stopped: /ready is 503 in %.2f s, reason: %s" % (s, first_line((j or {}).get("reason"))))
    newcomer = niss(date(1977, 3, 3), 321)
    for method, path, body in [("GET", "/v1/members/" + member, None), ("GET", "/v1/members?q=Fault0", None),
                               ("POST", "/v1/members", {"niss": newcomer, "family_name": "Late", "given_names": "L",
                                                        "language": "nl"}),
                               ("GET", "/v1/me", None)] * 2:
        status, j, s = timed(method, srv.url + path, body, token)
        check(unavailable(status, j) and s < 12,
              "database stopped: %s %s is %d %s in %.2f s: %s" % (method, path, status,
                                                                 (j or {}).get("error", {}).get("code"), s,
                                                                 first_line((j or {}).get("error", {}).get("message"))))
    status, j, s = timed("POST", srv.url + "/v1/login", {"name": "clerk", "password": "fault-test-password"})
    check(unavailable(status, j), "database stopped: POST /v1/login is %d unavailable in %.2f s" % (status, s))
    status, _, _ = timed("GET", srv.url + "/health")
    check(status == 200 and srv.alive(), "the server is alive: /health is 200")

    subprocess.run(["bash", "-c", os.environ["FAULT_PG_START"]], check=True)
    t0 = time.time()
    while True:
        status, j, _ = timed("GET", srv.url + "/ready")
        if status == 200:
            break
        if time.time() - t0 > RECOVERY_SECONDS:
            raise Failure("the database is back but /ready is still %d after %d s: %s" % (status, RECOVERY_SECONDS, j))
        time.sleep(0.1)
    check(True, "database started again: /ready is 200 after %.2f s" % (time.time() - t0))
    failed = recover(srv, token, member, t0)
    check(True, "the back office works again after %.2f s (%d request(s) answered 503 on a stale connection first)"
          % (time.time() - t0, failed))
    status, j, _ = timed("GET", srv.url + "/v1/members/" + newcomer, None, token)
    check(status == 404, "nothing was written while the database was away (GET the refused member: %d)" % status)
    status, j, _ = timed("POST", srv.url + "/v1/members",
                         {"niss": newcomer, "family_name": "Late", "given_names": "L", "language": "nl"}, token)
    check(status == 201, "a write works again: POST /v1/members is %d" % status)
    quick_restart(srv, token, member)
    check(srv.stop() == 0, "the server stops on SIGTERM with exit 0")


if __name__ == "__main__":
    main_guard(main)
