"""The invariants of payments and batches, checked with SQL on the server's database.

    base = baseline(db)                 # before any batch: count, sum and ids of the payments
    consistent(db, base)                # at any moment, even right after a SIGKILL
    answers_kept(db, prepared, files)   # what the clients were answered is what is stored
    all_paid_once(db, base, files)      # at the end: every payment in exactly one exported file

Each raises fault_lib.Failure naming the violated invariant.
"""
from collections import Counter

from fault_lib import Failure, check, e2e_ids, one, sql

rows = sql


def expect(cond, what):
    if not cond:
        raise Failure(what)


def baseline(db):
    count, total = rows(db, "SELECT count(*), COALESCE(sum(amount), 0) FROM payments")[0]
    return {"count": int(count), "sum": int(total),
            "due": int(one(db, "SELECT count(*) FROM payments WHERE status = 'due' AND batch_id IS NULL")),
            "ids": [int(r[0]) for r in rows(db, "SELECT id FROM payments ORDER BY id")]}


def batch_payments(db):
    """batch id -> sorted ids of its payments."""
    out = {}
    for batch, pid in rows(db, "SELECT batch_id, id FROM payments WHERE batch_id IS NOT NULL ORDER BY id"):
        out.setdefault(int(batch), []).append(int(pid))
    return out


def consistent(db, base):
    """Nothing lost, nothing twice, no half-written batch; returns {'batches', 'due'}."""
    count, total = rows(db, "SELECT count(*), COALESCE(sum(amount), 0) FROM payments")[0]
    expect((int(count), int(total)) == (base["count"], base["sum"]),
           "payments: count %s and sum %s, expected %d and %d" % (count, total, base["count"], base["sum"]))
    expect([int(r[0]) for r in rows(db, "SELECT id FROM payments ORDER BY id")] == base["ids"],
           "the payment ids changed")
    dup = one(db, "SELECT count(*) FROM (SELECT debt_key FROM payments GROUP BY debt_key HAVING count(*) > 1) x")
    expect(dup == "0", "%s debt keys are booked twice" % dup)
    empty = one(db, "SELECT count(*) FROM payment_batches b WHERE NOT EXISTS "
                    "(SELECT 1 FROM payments p WHERE p.batch_id = b.id)")
    expect(empty == "0", "%s batches have no payment (a half-written batch)" % empty)
    loose = one(db, "SELECT count(*) FROM payments WHERE (status = 'due') <> (batch_id IS NULL)")
    expect(loose == "0", "%s payments are due inside a batch, or not due outside any batch" % loose)
    mixed = one(db, "SELECT count(*) FROM payments p JOIN payment_batches b ON b.id = p.batch_id "
                    "WHERE (p.status = 'claimed') <> (b.status = 'open')")
    expect(mixed == "0", "%s payments are 'claimed' outside an open batch, or not claimed in one" % mixed)
    files = one(db, "SELECT count(*) FROM payment_batches WHERE (status = 'open') <> (document IS NULL)")
    expect(files == "0", "%s batches are exported without a file, or open with one" % files)
    members = batch_payments(db)
    seen = Counter()
    for batch, doc in rows(db, "SELECT id, document FROM payment_batches WHERE status <> 'open' ORDER BY id"):
        ids = e2e_ids(doc)
        seen.update(ids)
        expect(sorted(ids) == members.get(int(batch), []),
               "the file of batch %s lists %s, the batch holds %s" % (batch, ids, members.get(int(batch))))
    twice = [i for i, n in seen.items() if n > 1]
    expect(not twice, "payments in two files: %s" % twice[:10])
    return {"batches": int(one(db, "SELECT count(*) FROM payment_batches")),
            "due": int(one(db, "SELECT count(*) FROM payments WHERE status = 'due'"))}


def answers_kept(db, prepared, files):
    """A batch answered 201 holds the payments it was answered with; an exported file lists them."""
    members = batch_payments(db)
    for batch, ids in prepared.items():
        expect(members.get(batch) == ids, "batch %d was answered with %s, stores %s" % (batch, ids, members.get(batch)))
    for batch, doc in files.items():
        expect(sorted(e2e_ids(doc)) == members.get(batch, []), "the file answered for batch %d is not its payments" % batch)


def all_paid_once(db, base, stored):
    """At the end: nothing due or claimed, each payment in one exported batch and one file."""
    state = consistent(db, base)
    check(True, "after the last server: payments %d, sum %d (unchanged), no debt key twice, no empty batch"
          % (base["count"], base["sum"]))
    check(state["due"] == 0, "nothing is left due")
    left = one(db, "SELECT count(*) FROM payments WHERE status <> 'exported'")
    check(left == "0", "every payment is exported (%s are not)" % left)
    opened = one(db, "SELECT count(*) FROM payment_batches WHERE status <> 'exported'")
    check(opened == "0", "every batch is exported (%s are not)" % opened)
    members = batch_payments(db)
    seen = Counter()
    for batch, doc in stored.items():
        ids = e2e_ids(doc)
        seen.update(ids)
        expect(sorted(ids) == members.get(batch, []), "the file of batch %d is not its payments" % batch)
    check(sorted(seen) == base["ids"] and max(seen.values()) == 1,
          "the %d files list each of the %d payments exactly once" % (len(stored), base["count"]))
