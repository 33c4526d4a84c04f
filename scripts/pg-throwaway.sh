#!/usr/bin/env bash
# scripts/pg-throwaway.sh COMMAND...
# Starts a throwaway PostgreSQL cluster (Debian's postgresql-15) on a free port in a temp
# directory, runs COMMAND with SECU_PG_URL, PGHOST, PGPORT, PGUSER and PGDATABASE set, then
# stops and deletes the cluster. Exits with COMMAND's status; if the cluster cannot be
# set up, exits non-zero (a missing PostgreSQL is a failure, never a silent skip).
# As root, initdb and the server run as the postgres user (initdb refuses root).
# See ../shared/reference/cpp-deps.md.
set -euo pipefail
if [ $# -eq 0 ]; then echo "usage: $0 COMMAND..." >&2; exit 2; fi
PGBIN=$(pg_config --bindir)                  # from libpq-dev; binaries from postgresql-15
if [ ! -x "$PGBIN/initdb" ]; then
  echo "pg-throwaway: $PGBIN/initdb missing: install postgresql-15 (scripts/setup.sh)" >&2
  exit 1
fi
PGTMP=$(mktemp -d "${TMPDIR:-/tmp}/secu-pg.XXXXXX")
AS=()
if [ "$(id -u)" = 0 ]; then chown postgres: "$PGTMP"; AS=(runuser -u postgres --); fi
cleanup() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${AS[@]}" "$PGBIN/initdb" -D "$PGTMP/data" -A trust -U secu -E UTF8 --no-sync >/dev/null

# A random port; another one if it is taken (pg_ctl start then fails).
started=
for attempt in 1 2 3 4 5; do
  export PGPORT=$((20000 + RANDOM % 20000))
  if "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" -w -t 30 start \
      -o "-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
    started=1; break
  fi
  echo "pg-throwaway: start on port $PGPORT failed (attempt $attempt)" >&2
done
if [ -z "$started" ]; then cat "$PGTMP/log" >&2 || true; exit 1; fi

"${AS[@]}" "$PGBIN/createdb" -h "$PGTMP" -p "$PGPORT" -U secu secu
export PGHOST=$PGTMP PGUSER=secu PGDATABASE=secu
export SECU_PG_URL="postgresql://secu@127.0.0.1:$PGPORT/secu"
"$@"
