#!/usr/bin/env bash
# Installs every Debian package secu needs on a bare Debian 12 machine (as root).
# Idempotent: packages already present are skipped; a second run changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache git python3
  nlohmann-json3-dev libyaml-cpp-dev libcli11-dev libfmt-dev
  libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  libsqlite3-dev libpq-dev postgresql-15 libsodium-dev libxml2-dev libcsv-dev curl wrk
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-16 libclang-rt-16-dev
  chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=()
if [ "$(id -u)" != 0 ]; then SUDO=(sudo); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# valijson (JSON Schema, header-only): take the headers out of the .deb instead of
# installing it, because its Depends pull Qt5, Poco and MariaDB (see cpp-deps.md).
VALIJSON=.deps/valijson
if [ ! -f "$VALIJSON/usr/include/valijson/validator.hpp" ]; then
  echo "setup: extracting valijson headers"
  tmp=$(mktemp -d)
  ( cd "$tmp" && apt-get -o APT::Sandbox::User=root download libvalijson-dev >/dev/null 2>&1 ) || {
    "${SUDO[@]}" apt-get update -qq
    ( cd "$tmp" && apt-get -o APT::Sandbox::User=root download libvalijson-dev )
  }
  mkdir -p "$VALIJSON"
  dpkg-deb -x "$tmp"/libvalijson-dev_*.deb "$VALIJSON"
  rm -rf "$tmp"
fi
# Node.js for the web page's end-to-end tests: Debian's when the machine has none (a machine
# with its own Node.js, e.g. NodeSource's, keeps it: Debian's npm would conflict with it).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: installing nodejs npm"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi
# playwright-core (drives /usr/bin/chromium; never downloads a browser) and axe-core (the
# accessibility checks), as locked in tests/e2e/package-lock.json; again when the lock changes.
if ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.secu-lock; then
  echo "setup: npm ci in tests/e2e"
  ( cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.secu-lock )
fi
echo "setup: ok"
