#!/usr/bin/env bash
# Lints an OpenAPI file with Spectral's spectral:oas ruleset; any warning fails.
# Installs the pinned spectral-cli (package-lock.json) into spectral/node_modules on first use and
# again whenever the lock file changes (the copy in node_modules/.installed-lock tells).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="${1:?usage: lint.sh OPENAPI_FILE}"
if ! command -v npm >/dev/null 2>&1; then
  echo "spectral: npm not found; install Node.js 18+ or build with -Dspectral.skip=true" >&2
  exit 1
fi
installed="$here/node_modules/.installed-lock"
if [ ! -f "$installed" ] || ! cmp -s "$here/package-lock.json" "$installed"; then
  echo "spectral: installing @stoplight/spectral-cli from package-lock.json"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$installed"
fi
exec "$here/node_modules/.bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity hint "$spec"
