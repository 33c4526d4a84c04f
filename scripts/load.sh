#!/usr/bin/env bash
# Load test of the HTTP API on loopback, bounded in time: wrk against POST /v1/eval with
# examples/sickness-blue-collar.json. Prints wrk's report (requests/s, latency percentiles).
#
#   scripts/load.sh [--secu build/cli/secu] [--duration 10s] [--connections 8] [--threads 32]
#
# The server runs with its request log on (to a temporary file), as in production.
set -euo pipefail
cd "$(dirname "$0")/.."

SECU=build/cli/secu DURATION=10s CONNECTIONS=8 THREADS=32 WRK_THREADS=2
while [ $# -gt 0 ]; do
  case $1 in
    --secu) SECU=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "load.sh: wrk is missing (scripts/setup.sh installs it)" >&2; exit 2; }
[ -x "$SECU" ] || { echo "load.sh: no $SECU (build first: scripts/build.sh)" >&2; exit 2; }

TMP=$(mktemp -d)
PID=
cleanup() { if [ -n "$PID" ]; then kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; rm -rf "$TMP"; }
trap cleanup EXIT

"$SECU" serve --port 0 --threads "$THREADS" --db "sqlite:$TMP/load.db" 2>"$TMP/server.log" &
PID=$!
URL=
for _ in $(seq 1 100); do
  URL=$(sed -n 's/.*"event":"listening","url":"\([^"]*\)".*/\1/p' "$TMP/server.log" | head -1)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "load.sh: the server did not start:" >&2; cat "$TMP/server.log" >&2; exit 1; }

curl -sf -o /dev/null -X POST --data @examples/sickness-blue-collar.json "$URL/v1/eval?at=2024-03-06" \
  || { echo "load.sh: POST /v1/eval failed before the load" >&2; exit 1; }
echo "load.sh: wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION, POST $URL/v1/eval?at=2024-03-06 (server threads: $THREADS)"
SECU_LOAD_BODY=examples/sickness-blue-collar.json \
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/load_eval.lua "$URL/v1/eval?at=2024-03-06"
requests=$(grep -c '"status":' "$TMP/server.log" || true)
errors=$(grep '"status":' "$TMP/server.log" | grep -vc '"status":200' || true)
echo "load.sh: the server logged $requests requests, $errors of them not 200"
