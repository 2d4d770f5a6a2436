#!/usr/bin/env bash
# Measures a dry run of a generated batch file: wall time and peak RSS (GNU time), with a bounded
# heap to show that memory does not grow with the file (issue 13, item 9).
# Usage: cli/benchmarks/batch-dry-run.sh [ROWS] [HEAP]   (defaults: 1000000 rows, -Xmx64m)
set -euo pipefail
rows="${1:-1000000}"
heap="${2:-64m}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${OFFER_STATUS_CLI_JAR:-$root/cli/target/offer-status-cli.jar}"
[ -f "$jar" ] || { echo "build the CLI first: ./mvnw -pl cli -am package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
awk -v n="$rows" 'BEGIN {
  print "offer_id,operation,onboarding_date,offboarding_date,notes"
  for (i = 0; i < n; i++) printf "70166051706%08d,confirm_onboarding,2022-01-01,,\n", i
}' > "$work/batch.csv"
echo "input: $rows rows, $(du -h "$work/batch.csv" | cut -f1)"
/usr/bin/time -f "elapsed %e s, peak RSS %M KB" \
  java -Xmx"$heap" -jar "$jar" batch "$work/batch.csv" --dry-run
