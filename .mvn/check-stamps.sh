#!/usr/bin/env bash
# Checks that the build stamps (docs/build.md) skip only what did not change. In a scratch copy
# of this checkout it runs real builds of the CLI and everything it needs
# (./mvnw -B -o -DskipTests verify -pl cli -am) and watches each stamped step's output file:
#   1. a build with nothing changed runs none of the stamped steps;
#   2. a changed spec runs them all again (Spectral, check-doc, lint, code generation, shading,
#      the CLI's class-data archive);
#   3. a changed sdk-generated POM runs check-doc, lint, code generation and (its jar changed)
#      the shading, not Spectral;
#   4. a changed CLI resource runs the shading and the archive only;
#   5. a changed source of this project's Maven plugin (its code is hashed with the spec) runs
#      check-doc, lint and code generation, not the shading (the generated jar is the same);
#   6. a removed cli/target gets its runnable jar and archive back.
# Usage: .mvn/check-stamps.sh (MAVEN_OPTS as for any build, e.g. -Dmaven.repo.local=...).
# About 8 builds; several minutes on 2 cores. Exit status 0 when every expectation holds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
keep=no
trap 'if [ "$keep" = no ]; then rm -rf "$work"; fi' EXIT

(cd "$root" && git ls-files -z | xargs -0 cp --parents -t "$work")
chmod +x "$work/mvnw"
if [ -d "$root/spec/spectral/node_modules" ]; then
  cp -a "$root/spec/spectral/node_modules" "$work/spec/spectral/"
fi

spec="spec/src/main/resources/META-INF/offer-status-kit/openapi.yaml"
declare -A outputs=(
  [spectral]="spec/target/stamps/spectral.sha256"
  [check-doc]="sdk-generated/target/offer-status/check-doc.json"
  [lint]="sdk-generated/target/offer-status/lint.json"
  [codegen]="sdk-generated/target/generated-sources/openapi/.openapi-generator/FILES"
  [shade]="cli/target/offer-status-cli.jar"
  [cds]="cli/target/offer-status-cli.jsa"
)
steps=(spectral check-doc lint codegen shade cds)

mtimes() {
  local step
  for step in "${steps[@]}"; do
    printf '%s=%s\n' "$step" "$(stat -c %y "$work/${outputs[$step]}" 2>/dev/null || echo missing)"
  done
}

failures=0
build() {
  local name="$1"
  if ! (cd "$work" && ./mvnw -B -o -DskipTests verify -pl cli -am) >"$work/$name.log" 2>&1; then
    tail -40 "$work/$name.log"
    keep=yes
    echo "check-stamps: build '$name' failed; logs in $work" >&2
    exit 1
  fi
}

# expect NAME STEP... : builds, then checks that exactly the given steps rewrote their output.
expect() {
  local name="$1" step before after ran expected
  shift
  before="$(mtimes)"
  sleep 1 # output times have a resolution of a second on some file systems
  build "$name"
  after="$(mtimes)"
  for step in "${steps[@]}"; do
    ran=no
    if [ "$(grep "^$step=" <<<"$before")" != "$(grep "^$step=" <<<"$after")" ]; then ran=yes; fi
    expected=no
    if [[ " $* " == *" $step "* ]]; then expected=yes; fi
    if [ "$ran" != "$expected" ]; then
      echo "check-stamps: $name: $step ran=$ran, expected $expected" >&2
      failures=$((failures + 1))
    fi
  done
  echo "check-stamps: $name: ran ${*:-nothing}"
}

build first
expect "nothing changed"
printf '\n# check-stamps: a changed spec\n' >>"$work/$spec"
expect "changed spec" spectral check-doc lint codegen shade cds
expect "nothing changed again"
sed -i 's|</project>|<!-- check-stamps --></project>|' "$work/sdk-generated/pom.xml"
# (the POM is packaged into the sdk-generated jar, which the CLI jar shades: both run again)
expect "changed sdk-generated POM" check-doc lint codegen shade cds
printf '\n# check-stamps\n' >>"$work/cli/src/main/filtered/offer-status-cli.properties"
expect "changed CLI resource" shade cds
printf '\n// check-stamps\n' >>"$work/contract-checks/src/main/java/dev/offerstatus/checks/lint/package-info.java"
expect "changed plugin code" check-doc lint codegen
rm -rf "$work/cli/target"
expect "cli/target removed" shade cds

if [ "$failures" -gt 0 ]; then
  keep=yes
  echo "check-stamps: $failures unexpected result(s); logs in $work" >&2
  exit 1
fi
echo "check-stamps: every stamped step ran exactly when one of its inputs changed"
