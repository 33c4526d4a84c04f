#!/usr/bin/env bash
# Load test of the HTTP API on loopback, bounded in time. Prints wrk's report (requests/s,
# latency percentiles).
#   --target eval (the default): POST /v1/eval with examples/sickness-blue-collar.json.
#   --target attestations: registers 50 insured members with a bank account over the API,
#     logs in as a clerk, then POSTs a new paper attestation per request (scripts/
#     load_attestations.lua: unique idempotency key and sticker number); afterwards checks
#     that the attestations stored are exactly the 201 answers the server gave.
#
#   scripts/load.sh [--target eval|attestations] [--secu build/cli/secu] [--duration 10s]
#                   [--connections 8] [--threads 32] [--db URL]
#
# --db: the server's database (default: a temporary SQLite file); for attestations give an
# empty one, e.g. scripts/pg-throwaway.sh bash -c 'scripts/load.sh --target attestations --db "$SECU_PG_URL"'.
# The server runs with its request log on (to a temporary file), as in production.
set -euo pipefail
cd "$(dirname "$0")/.."

SECU=build/cli/secu DURATION=10s CONNECTIONS=8 THREADS=32 WRK_THREADS=2 TARGET=eval DB=
while [ $# -gt 0 ]; do
  case $1 in
    --target) TARGET=$2; shift 2 ;;
    --secu) SECU=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case $TARGET in eval|attestations) ;; *) echo "load.sh: --target eval or attestations, not '$TARGET'" >&2; exit 2 ;; esac
command -v wrk >/dev/null || { echo "load.sh: wrk is missing (scripts/setup.sh installs it)" >&2; exit 2; }
[ -x "$SECU" ] || { echo "load.sh: no $SECU (build first: scripts/build.sh)" >&2; exit 2; }
[ "$CONNECTIONS" -ge "$WRK_THREADS" ] || WRK_THREADS=$CONNECTIONS  # wrk needs a connection per thread

TMP=$(mktemp -d)
PID=
cleanup() { if [ -n "$PID" ]; then kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; rm -rf "$TMP"; }
trap cleanup EXIT
[ -n "$DB" ] || DB="sqlite:$TMP/load.db"

# A clerk for the attestations (added before the server starts: the command migrates the database).
CLERK="load$$" PASSWORD="load-test-password-$$"
if [ "$TARGET" = attestations ]; then
  SECU_PASSWORD=$PASSWORD "$SECU" user add "$CLERK" --role clerk --db "$DB" >/dev/null
fi

"$SECU" serve --port 0 --threads "$THREADS" --db "$DB" 2>"$TMP/server.log" &
PID=$!
URL=
for _ in $(seq 1 100); do
  URL=$(sed -n 's/.*"event":"listening","url":"\([^"]*\)".*/\1/p' "$TMP/server.log" | head -1)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "load.sh: the server did not start:" >&2; cat "$TMP/server.log" >&2; exit 1; }

if [ "$TARGET" = eval ]; then
  curl -sf -o /dev/null -X POST --data @examples/sickness-blue-collar.json "$URL/v1/eval?at=2024-03-06" \
    || { echo "load.sh: POST /v1/eval failed before the load" >&2; exit 1; }
  echo "load.sh: wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION, POST $URL/v1/eval?at=2024-03-06 (server threads: $THREADS)"
  SECU_LOAD_BODY=examples/sickness-blue-collar.json \
    wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/load_eval.lua "$URL/v1/eval?at=2024-03-06"
  requests=$(grep -c '"status":' "$TMP/server.log" || true)
  errors=$(grep '"status":' "$TMP/server.log" | grep -vc '"status":200' || true)
  echo "load.sh: the server logged $requests requests, $errors of them not 200"
  exit 0
fi

# Attestations: 50 members, a token, the count stored before; the same count after, less the 201s.
count() { python3 -c 'import sys; sys.path.insert(0, "scripts"); import fault_lib as f; print(f.one(sys.argv[1], sys.argv[2]))' "$DB" "$1"; }
RUN=$((RANDOM % 10000))
read -r TOKEN NISSES < <(python3 - "$URL" "$CLERK" "$PASSWORD" "$RUN" <<'EOF'
import sys
sys.path.insert(0, "scripts")
import fault_lib as f
url, clerk, password, run = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
token = f.login(url, clerk, password)
print(token, ",".join(f.register_members(url, token, 50, seed=run % 40)))
EOF
)
[ -n "${NISSES:-}" ] || { echo "load.sh: could not register the members" >&2; exit 1; }
before=$(count "SELECT count(*) FROM attestations")
echo "load.sh: wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION, POST $URL/v1/attestations, 50 members (server threads: $THREADS, ${DB%%:*})"
SECU_LOAD_TOKEN=$TOKEN SECU_LOAD_NISS=$NISSES SECU_LOAD_RUN=$RUN \
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/load_attestations.lua "$URL/v1/attestations"
kill -TERM "$PID"; wait "$PID" || true; PID=  # the requests still in flight are answered (and logged) first
after=$(count "SELECT count(*) FROM attestations")
stickers=$(count "SELECT count(DISTINCT sticker_number) FROM attestations")
grep '"path":"/v1/attestations"' "$TMP/server.log" >"$TMP/intake.log" || true
created=$(grep -c '"status":201' "$TMP/intake.log" || true)
others=$(grep -vc '"status":201' "$TMP/intake.log" || true)
echo "load.sh: the server answered $created intakes with 201, $others otherwise; $((after - before)) attestations stored (of $after, with $stickers distinct sticker numbers)"
grep -v '"status":201' "$TMP/intake.log" | head -3 || true
if [ $((after - before)) -ne "$created" ] || [ "$others" -ne 0 ]; then
  echo "load.sh: FAIL: the attestations stored are not the 201 answers" >&2; exit 1
fi
