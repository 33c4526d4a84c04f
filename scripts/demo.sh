#!/usr/bin/env bash
# The main job on a fresh machine: install what is needed, build, fill a SQLite database with
# a demo fund (secu demo-data), and serve the HTTP API on it until Ctrl-C (or SIGTERM).
#
#   scripts/demo.sh [--port 8080] [--db sqlite:secu-demo.db]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8080 DB=sqlite:secu-demo.db
while [ $# -gt 0 ]; do
  case $1 in
    --port) PORT=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    *) echo "demo.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
./build/cli/secu demo-data --db "$DB"   # does nothing when the database already has members
cat <<TEXT

secu serves the web page on http://127.0.0.1:$PORT/ (the citizen's adviser, the reimbursement
calculator, the law browser, and the fund's desk: sign in as clerk, adviser or auditor with the
demo password secu-demo-password) and the API (documentation: /docs, OpenAPI: /openapi.json).
Try:
  curl -s -X POST --data @examples/sickness-blue-collar.json 'http://127.0.0.1:$PORT/v1/eval?at=2024-03-06&lang=fr'
  TOKEN=\$(curl -s -X POST -d '{"name":"clerk","password":"secu-demo-password"}' http://127.0.0.1:$PORT/v1/login | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$PORT/v1/members/71030808721
  curl -s -H "Authorization: Bearer \$TOKEN" 'http://127.0.0.1:$PORT/v1/members?q=peeters'
Stop with Ctrl-C.

TEXT
exec ./build/cli/secu serve --port "$PORT" --db "$DB"
