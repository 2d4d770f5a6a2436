# Shared by the batch benchmarks (sourced): the CLI jar, a work folder removed on exit, and a
# generated batch file of N confirm_onboarding rows with distinct offer ids.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${OFFER_STATUS_CLI_JAR:-$root/cli/target/offer-status-cli.jar}"
[ -f "$jar" ] || { echo "build the CLI first: ./mvnw -pl cli -am package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"

# batch_csv ROWS FILE: the header, then ROWS rows with offer ids 70166051706<8 digits>
batch_csv() {
  awk -v n="$1" 'BEGIN {
    print "offer_id,operation,onboarding_date,offboarding_date,notes"
    for (i = 0; i < n; i++) printf "70166051706%08d,confirm_onboarding,2022-01-01,,\n", i
  }' > "$2"
  echo "input: $1 rows, $(du -h "$2" | cut -f1)"
}
