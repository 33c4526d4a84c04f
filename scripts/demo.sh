#!/usr/bin/env bash
# The main job on a fresh machine: install what is needed, build, and explain a demo decision.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
./build/cli/secu eval examples/sickness-blue-collar.json --at 2024-03-06 --explain "$@"
