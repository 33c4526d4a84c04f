"""Fault scenario: two servers on one PostgreSQL preparing batches of the same due payments.

    python3 scripts/fault_two.py SECU postgresql://… WORKDIR

Books ~300 due payments, starts a second `secu serve` on the same database, and lets eight
clients (four per server) prepare small batches at once until nothing is due, exporting half
of them on the other server. Then every still-open batch is exported by both servers at the
same moment. Checks: the batches answered are disjoint and cover every payment, each payment
is stored in the batch it was answered in, both servers return the same file for a batch,
and the invariants of fault_checks.py.
"""
import random
import threading

import fault_checks as fc
from fault_lib import (DEBTOR, Failure, Server, add_user, check, http, http_json, login, main_guard,
                       post_attestations, register_members, say)

MEMBERS, PAYMENTS, CLIENTS = 30, 300, 8


def client(urls, token, w, answered, files, errors, lock):
    rnd = random.Random()
    here, there = urls[w % 2], urls[(w + 1) % 2]
    while True:
        status, j = http_json("POST", "%s/v1/payment-batches?limit=%d" % (here, rnd.randint(1, 6)), None, token)
        if status == 422 and j and j["error"]["field"] in ("until", "/until"):
            return
        if status != 201:
            errors.append("prepare on %s answered %d: %s" % (here, status, j))
            return
        with lock:
            answered.append((j["id"], sorted(p["id"] for p in j["payments"])))
        if rnd.random() < 0.5:
            status, _, raw = http("POST", "%s/v1/payment-batches/%d/export" % (there, j["id"]),
                                  {"debtor": DEBTOR, "execution_date": "2026-12-01"}, token)
            if status != 200:
                errors.append("export on %s answered %d: %s" % (there, status, raw[:200]))
                return
            files.setdefault(j["id"], []).append(raw)


def race_export(urls, token, batch, files, errors):
    """Both servers export the same open batch at the same moment."""
    barrier = threading.Barrier(2)

    def one(url):
        barrier.wait()
        status, _, raw = http("POST", "%s/v1/payment-batches/%d/export" % (url, batch),
                              {"debtor": DEBTOR, "execution_date": "2026-12-01"}, token)
        if status != 200:
            errors.append("racing export on %s answered %d: %s" % (url, status, raw[:200]))
        files.setdefault(batch, []).append(raw)
    threads = [threading.Thread(target=one, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main(argv):
    secu, db, work = argv[0], argv[1], argv[2]
    say("fault: two servers on one PostgreSQL (%d payments, %d clients)" % (PAYMENTS, CLIENTS))
    add_user(secu, db)
    a = Server.start(secu, db, work + "/two-a.log")
    token = login(a.url)
    post_attestations(a.url, token, register_members(a.url, token, MEMBERS), PAYMENTS)
    b = Server.start(secu, db, work + "/two-b.log")
    base = fc.baseline(db)
    check(base["due"] == PAYMENTS, "%d payments due; servers %s and %s on the same database" % (PAYMENTS, a.url, b.url))
    answered, files, errors, lock = [], {}, [], threading.Lock()
    urls = [a.url, b.url]
    threads = [threading.Thread(target=client, args=(urls, token, w, answered, files, errors, lock))
               for w in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise Failure("; ".join(errors[:3]))
    ids = [i for _, batch in answered for i in batch]
    check(len(ids) == len(set(ids)), "%d batches answered by the two servers, no payment in two of them" % len(answered))
    check(sorted(ids) == base["ids"], "together they hold every one of the %d payments" % PAYMENTS)
    opened = [int(r[0]) for r in fc.rows(db, "SELECT id FROM payment_batches WHERE status = 'open' ORDER BY id")]
    for batch in opened:
        race_export(urls, token, batch, files, errors)
    if errors:
        raise Failure("; ".join(errors[:3]))
    check(all(len(set(docs)) == 1 for docs in files.values()),
          "%d open batches exported by both servers at once: each time the same file" % len(opened))
    fc.answers_kept(db, dict(answered), {k: v[0].decode() for k, v in files.items()})
    stored = {k: v[0].decode() for k, v in files.items()}
    check(sorted(stored) == sorted(k for k, _ in answered), "every batch has its file")
    fc.all_paid_once(db, base, stored)
    check(a.stop() == 0 and b.stop() == 0, "both servers stop on SIGTERM with exit 0")


if __name__ == "__main__":
    main_guard(main)
