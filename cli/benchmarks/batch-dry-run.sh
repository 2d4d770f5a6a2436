#!/usr/bin/env bash
# Measures a dry run of a generated batch file: wall time and peak RSS (GNU time), with a bounded
# heap to show that memory does not grow with the file.
# Usage: cli/benchmarks/batch-dry-run.sh [ROWS] [HEAP]   (defaults: 1000000 rows, -Xmx64m)
set -euo pipefail
rows="${1:-1000000}"
heap="${2:-64m}"
# shellcheck source=cli/benchmarks/common.sh
. "$(dirname "$0")/common.sh"
trap 'rm -rf "$work"' EXIT
batch_csv "$rows" "$work/batch.csv"
/usr/bin/time -f "elapsed %e s, peak RSS %M KB" \
  java -Xmx"$heap" -jar "$jar" batch "$work/batch.csv" --dry-run
