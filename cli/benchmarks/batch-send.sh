#!/usr/bin/env bash
# Measures a batch that SENDS every row to the provider simulator: wall time and peak RSS of the
# CLI (GNU time), with a bounded heap, to show that memory does not grow with the file (the send
# path). The simulator runs in its own JVM (its offer book holds every offer;
# it is not what is measured), seeded with every offer and started with --no-limits; the CLI runs
# with the hidden --unthrottled (loopback only), else the spec's 1,000 a minute would decide the time.
# Usage: cli/benchmarks/batch-send.sh [ROWS] [HEAP] [PARALLEL]  (defaults: 1000000 rows, -Xmx96m, 4)
set -euo pipefail
rows="${1:-1000000}"
heap="${2:-96m}"
parallel="${3:-4}"
# shellcheck source=cli/benchmarks/common.sh
. "$(dirname "$0")/common.sh"
sim=""
cleanup() { [ -n "$sim" ] && kill "$sim" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
batch_csv "$rows" "$work/batch.csv"
awk -v n="$rows" 'BEGIN {
  print "{\"offers\": ["
  for (i = 0; i < n; i++) printf "{\"offer_id\":\"70166051706%08d\",\"state\":\"pending_onboarding\"}%s\n", i, (i < n - 1 ? "," : "")
  print "]}"
}' > "$work/seed.json"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
java -Xmx2g -jar "$jar" simulator --port "$port" --seed "$work/seed.json" --no-limits \
  > "$work/simulator.out" 2> "$work/simulator.err" &
sim=$!
for _ in $(seq 1 600); do
  grep -q listening "$work/simulator.out" "$work/simulator.err" 2>/dev/null && break
  sleep 0.5
done
status=0
FEISHU_APP_ID=cli_simulator FEISHU_APP_SECRET=simulator_secret /usr/bin/time -f "elapsed %e s, peak RSS %M KB" \
  java -Xmx"$heap" -jar "$jar" batch "$work/batch.csv" --base-url "http://127.0.0.1:$port/" \
  --unthrottled --parallel "$parallel" || status=$?
echo "exit $status; results: $(($(wc -l < "$work/batch.csv.results.csv") - 1)) rows," \
  "journal: $(du -h "$work/batch.csv.journal" | cut -f1)"
