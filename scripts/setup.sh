#!/usr/bin/env bash
# Installs what a fresh machine lacks: Chromium and poppler for the tests (Debian/Ubuntu, as root),
# then the locked npm dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (needed by the browser and PDF tests)"
  fi
fi

# Electron's binary comes from outside the npm registry; where it cannot be fetched the app runs as a
# web host instead. Set LUMENBASE_WITH_ELECTRON=1 on a machine with internet to get the desktop app.
if [ "${LUMENBASE_WITH_ELECTRON:-0}" != 1 ]; then export ELECTRON_SKIP_BINARY_DOWNLOAD=1; fi
# better-sqlite3 builds from source here; Debian's nodejs ships the headers node-gyp needs in /usr.
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
npm ci
