#!/usr/bin/env bash
# Takes the screenshots of the web page's main pages shown in the README (docs/screenshots/):
# the end-to-end tests run with --screenshots, each test's shot('name') saving name.png.
set -euo pipefail
cd "$(dirname "$0")/.."
node tests/e2e/run.mjs --secu build/cli/secu --data data --screenshots docs/screenshots "$@"
