#!/usr/bin/env bash
# scripts/fault.sh SECU_BINARY [--only kill-sqlite|kill-postgres|two|gone]
# The fault tests of the back office (issue 5, "Reliability and load"), each printing what it
# checks and exiting 1 on any violation:
#   1. kill mid-batch (SQLite, then PostgreSQL): servers SIGKILLed while clients prepare and
#      export payment batches, restarted; nothing lost, nothing in two batches or two files
#      (scripts/fault_kill.py, invariants in scripts/fault_checks.py);
#   2. two servers on one PostgreSQL preparing batches at once: each payment once
#      (scripts/fault_two.py);
#   3. the database gone: PostgreSQL stopped under a running server, then started again on
#      the same port: 503 "unavailable" answers, then recovery (scripts/fault_dbgone.py).
# A throwaway PostgreSQL cluster (Debian's postgresql-15, as scripts/pg-throwaway.sh) is
# started in a temporary directory, stopped and restarted by scenario 3, deleted at the end.
# About 1-2 minutes on 2 cores. Python 3 standard library only; psql for the SQL checks.
set -euo pipefail
if [ $# -lt 1 ]; then echo "usage: $0 SECU_BINARY [--only kill-sqlite|kill-postgres|two|gone]" >&2; exit 2; fi
SECU=$(realpath "$1")
ONLY=${3:-}
[ "${2:-}" = "--only" ] || [ -z "${2:-}" ] || { echo "fault.sh: unknown option $2" >&2; exit 2; }
[ -x "$SECU" ] || { echo "fault.sh: no secu binary at $1" >&2; exit 2; }
cd "$(dirname "$0")"
export PYTHONDONTWRITEBYTECODE=1

PGBIN=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)
for tool in "$PGBIN/initdb" "$PGBIN/pg_ctl" "$(command -v psql || true)" "$(command -v python3 || true)"; do
  if [ -z "$tool" ] || [ ! -x "$tool" ]; then
    echo "fault.sh: missing ${tool:-psql or python3} (scripts/setup.sh installs them)" >&2; exit 1
  fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/secu-fault.XXXXXX")
chmod 755 "$WORK"
AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi
PGDIR=$WORK/pg
PGPORT=
pg_ctl() { "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" "$@"; }
pg_start() {  # pg_start PORT: the cluster on 127.0.0.1:PORT; fails if the port is taken
  pg_ctl -l "$PGDIR/log" -w -t 30 start -o "-p $1 -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off \
    -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
}
cleanup() {
  if [ -d "$PGDIR/data" ]; then pg_ctl -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

if want kill-sqlite; then
  python3 fault_kill.py "$SECU" "sqlite:$WORK/kill.db" "$WORK"
fi
want kill-postgres || want two || want gone || exit 0

mkdir "$PGDIR"
[ ${#AS[@]} -eq 0 ] || chown postgres: "$PGDIR"
"${AS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U secu -E UTF8 --no-sync >/dev/null
for attempt in 1 2 3 4 5; do
  PGPORT=$((20000 + RANDOM % 20000))
  pg_start "$PGPORT" && break
  echo "fault.sh: PostgreSQL did not start on port $PGPORT (attempt $attempt)" >&2
  PGPORT=
done
[ -n "$PGPORT" ] || { cat "$PGDIR/log" >&2; exit 1; }
pg() { echo "postgresql://secu@127.0.0.1:$PGPORT/$1"; }
for db in kill two gone; do "${AS[@]}" "$PGBIN/createdb" -h "$PGDIR" -p "$PGPORT" -U secu "$db"; done

if want kill-postgres; then python3 fault_kill.py "$SECU" "$(pg kill)" "$WORK"; fi
if want two; then python3 fault_two.py "$SECU" "$(pg two)" "$WORK"; fi
if want gone; then
  FAULT_PG_STOP="$(declare -f pg_ctl); AS=(${AS[*]}); PGBIN=$PGBIN; PGDIR=$PGDIR; pg_ctl -m fast -w stop >/dev/null" \
  FAULT_PG_START="$(declare -f pg_ctl pg_start); AS=(${AS[*]}); PGBIN=$PGBIN; PGDIR=$PGDIR; pg_start $PGPORT" \
    python3 fault_dbgone.py "$SECU" "$(pg gone)" "$WORK"
fi
echo "fault.sh: every scenario passed"
