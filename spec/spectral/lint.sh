#!/usr/bin/env bash
# Lints an OpenAPI file with Spectral's spectral:oas ruleset; any warning fails.
# Installs the pinned spectral-cli (package-lock.json) into spectral/node_modules on first use.
# With a STAMP file (second argument), a lint is skipped when the SHA-256 of its inputs (the spec,
# the ruleset, the lock file and this script) equals the one stamped by the last clean lint.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="${1:?usage: lint.sh OPENAPI_FILE [STAMP_FILE]}"
stamp_file="${2:-}"
inputs_hash() {
  sha256sum "$spec" "$here/.spectral.yaml" "$here/package-lock.json" "$0" | sed 's/ .*//' | sha256sum | sed 's/ .*//'
}
if [ -n "$stamp_file" ] && [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$(inputs_hash)" ]; then
  exit 0 # inputs unchanged since the last clean lint
fi
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
if [ -n "$stamp_file" ]; then
  rm -f "$stamp_file"
fi
"$here/node_modules/.bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity hint "$spec"
if [ -n "$stamp_file" ]; then
  mkdir -p "$(dirname "$stamp_file")"
  inputs_hash >"$stamp_file"
fi
