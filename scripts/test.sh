#!/usr/bin/env bash
# Every test on a fresh machine: install what is needed, build, run the unit tests, the rule
# cases (through ctest) and, when clang-16 is there, the fuzz targets for a short while.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
( cd build && ctest --output-on-failure -j2 )
if [ -x scripts/fuzz.sh ]; then bash scripts/fuzz.sh; fi
