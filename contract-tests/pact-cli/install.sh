#!/usr/bin/env bash
# Installs the pinned Pact CLI (package-lock.json) into pact-cli/node_modules, once per lock change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v npm >/dev/null 2>&1; then
  echo "pact-cli: npm not found; install Node.js 18+ or build with -Dpact-cli.skip=true" >&2
  exit 1
fi
stamp="$here/node_modules/.installed-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$stamp"; then
  echo "pact-cli: installing @pact-foundation/pact-cli from package-lock.json"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$stamp"
fi
