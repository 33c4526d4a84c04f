"""Fault scenario: a server killed (SIGKILL) in the middle of payment batches, then restarted.

    python3 scripts/fault_kill.py SECU DB WORKDIR [ROUNDS]

Books ~300 due payments over the API, then ROUNDS times: starts `secu serve`, lets four
clients prepare small batches and export them, kills the server at a random moment (requests
in flight), and checks the stored state (fault_checks.py). A last server exports what is
left. Then: every payment in exactly one exported batch, none lost (count, sum, ids), each
payment once across all the pain.001 files, every answered request kept as answered.
"""
import random
from collections import Counter
import threading
import time

import fault_checks as fc
from fault_lib import (DEBTOR, Failure, Server, add_user, check, e2e_ids, http, http_json, login, main_guard,
                       post_attestations, register_members, say)

MEMBERS, PAYMENTS, WORKERS = 30, 300, 4


class Record:
    """What the clients were told: each batch's payments (201) and each exported file (200)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.prepared = {}   # batch id -> sorted payment ids, as answered
        self.files = {}      # batch id -> the pain.001 as answered
        self.cut = Counter()  # requests without an answer (the server died under them), by kind
        self.inflight = 0     # requests sent and not answered yet
        self.errors = []     # unexpected answers

    def file(self, batch, doc):
        with self.lock:
            if batch in self.files and self.files[batch] != doc:
                self.errors.append("batch %d exported twice with different files" % batch)
            self.files[batch] = doc


def call(rec, kind, fn, *args):
    """fn(*args), counted in flight; no answer (the server killed under it) is counted as cut."""
    with rec.lock:
        rec.inflight += 1
    try:
        return fn(*args)
    except Exception:
        with rec.lock:
            rec.cut[kind] += 1
        raise
    finally:
        with rec.lock:
            rec.inflight -= 1


def export(url, token, batch, rec):
    status, _, raw = call(rec, "export", http, "POST", "%s/v1/payment-batches/%d/export" % (url, batch),
                          {"debtor": DEBTOR, "execution_date": "2026-12-01"}, token)
    if status == 200:
        rec.file(batch, raw.decode())
    else:
        rec.errors.append("export of batch %d answered %d: %s" % (batch, status, raw[:300]))
    return status


def client(url, token, rec, stop, done):
    """Prepares batches of 1 to 5 payments, exports most of them at once, some later."""
    rnd = random.Random()
    mine = []
    try:
        while not stop.is_set():
            if mine and rnd.random() < 0.3:
                export(url, token, mine.pop(rnd.randrange(len(mine))), rec)
                continue
            if done.is_set():
                return
            status, j = call(rec, "prepare", http_json, "POST",
                             "%s/v1/payment-batches?limit=%d" % (url, rnd.randint(1, 5)), None, token)
            if status == 201:
                with rec.lock:
                    rec.prepared[j["id"]] = sorted(p["id"] for p in j["payments"])
                if rnd.random() < 0.6:
                    export(url, token, j["id"], rec)
                else:
                    mine.append(j["id"])
            elif status == 422 and j and j["error"]["field"] in ("until", "/until"):
                done.set()  # nothing is due any more
            else:
                rec.errors.append("prepare answered %d: %s" % (status, j))
                return
            time.sleep(rnd.uniform(0, 0.05))
    except Exception:  # no answer: the server was killed under the request (counted by call)
        pass


def round_of_kills(secu, db, log, token, rec, rnd):
    """One server life: clients work until a SIGKILL at a random moment."""
    srv = Server.start(secu, db, log)
    stop, done = threading.Event(), threading.Event()
    threads = [threading.Thread(target=client, args=(srv.url, token, rec, stop, done)) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    time.sleep(rnd.uniform(0.1, 0.6))
    deadline = time.time() + 1
    while rec.inflight == 0 and not done.is_set() and time.time() < deadline:
        time.sleep(0.0005)
    time.sleep(rnd.uniform(0, 0.003))  # into the request: reading, in the transaction, or writing the answer
    cut_before = sum(rec.cut.values())
    stop.set()  # no new request: what fails now was in flight
    srv.kill()
    for t in threads:
        t.join()
    return sum(rec.cut.values()) - cut_before, done.is_set()


def finish(secu, db, log, token, rec):
    """A last server exports the open batches and what is still due; returns every stored file."""
    srv = Server.start(secu, db, log)
    for (batch,) in fc.rows(db, "SELECT id FROM payment_batches WHERE status = 'open' ORDER BY id"):
        if export(srv.url, token, int(batch), rec) != 200:
            break
    stop, done = threading.Event(), threading.Event()
    client(srv.url, token, rec, stop, done)
    for batch in list(rec.prepared):
        if batch not in rec.files:
            export(srv.url, token, batch, rec)
    stored = {}
    for (batch,) in fc.rows(db, "SELECT id FROM payment_batches ORDER BY id"):
        status, _, raw = http("POST", "%s/v1/payment-batches/%s/export" % (srv.url, batch), {}, token)
        if status != 200:
            raise Failure("exporting batch %s again answered %d: %s" % (batch, status, raw[:300]))
        stored[int(batch)] = raw.decode()
    check(srv.stop() == 0, "the last server stops on SIGTERM with exit 0")
    return stored


def main(argv):
    secu, db, work = argv[0], argv[1], argv[2]
    rounds = int(argv[3]) if len(argv) > 3 else 6
    log = work + "/kill-server.log"
    rnd = random.Random()
    say("fault: kill mid-batch on %s (%d payments, %d rounds of SIGKILL)" % (db.split(":")[0], PAYMENTS, rounds))
    add_user(secu, db)
    srv = Server.start(secu, db, log)
    token = login(srv.url)
    post_attestations(srv.url, token, register_members(srv.url, token, MEMBERS), PAYMENTS)
    check(srv.stop() == 0, "set-up: %d attestations booked, server stopped" % PAYMENTS)
    base = fc.baseline(db)
    check(base["count"] == PAYMENTS and base["due"] == PAYMENTS, "%d payments due, total %s (ten-thousandths)"
          % (base["count"], base["sum"]))
    rec = Record()
    for r in range(rounds):
        cut, done = round_of_kills(secu, db, log, token, rec, rnd)
        if rec.errors:
            raise Failure("round %d: %s" % (r + 1, rec.errors[:3]))
        state = fc.consistent(db, base)
        say("  round %d: killed with %d request(s) in flight; %d batches, %d payments still due"
            % (r + 1, cut, state["batches"], state["due"]))
        fc.answers_kept(db, rec.prepared, rec.files)
        if done:
            break
    stored = finish(secu, db, log, token, rec)
    if rec.errors:
        raise Failure("after the kills: %s" % rec.errors[:3])
    fc.all_paid_once(db, base, stored)
    fc.answers_kept(db, rec.prepared, rec.files)
    check(sum(len(e2e_ids(d)) for d in stored.values()) == PAYMENTS,
          "requests cut by the kills: %d prepare (%d of them committed, answer lost), %d export; %d batches, "
          "%d transfers in the files: none lost, none twice"
          % (rec.cut["prepare"], len(stored) - len(rec.prepared), rec.cut["export"], len(stored), PAYMENTS))


if __name__ == "__main__":
    main_guard(main)
