#!/usr/bin/env bash
# Lints an OpenAPI file with Spectral's spectral:oas ruleset; any warning fails.
# Installs the pinned spectral-cli (package-lock.json) into spectral/node_modules on first use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="${1:?usage: lint.sh OPENAPI_FILE}"
if ! command -v npm >/dev/null 2>&1; then
  echo "spectral: npm not found; install Node.js 18+ or build with -Dspectral.skip=true" >&2
  exit 1
fi
stamp="$here/node_modules/.installed-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$stamp"; then
  echo "spectral: installing @stoplight/spectral-cli from package-lock.json"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$stamp"
fi
"$here/node_modules/.bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity hint "$spec"
