#!/usr/bin/env bash
# The doc-update loop, for any CI or a cron job: fetch the pages the spec names, propose (and
# apply) the mechanical spec changes, rebuild so the client regenerates, and leave the result on a
# branch for review. Run from the repository root. Needs git; opening the pull request needs the
# GitHub CLI (gh) and GH_TOKEN, otherwise the branch is only committed locally.
#
#   DOC_BASE_URL   the doc site (default https://open.feishu.cn)
#   BRANCH_PREFIX  the proposal branch's prefix (default doc-update)
#   SPEC_DIR       where the spec and its upstream/ snapshots live
set -euo pipefail

SPEC_DIR=${SPEC_DIR:-spec/src/main/resources/META-INF/offer-status-kit}
DOC_BASE_URL=${DOC_BASE_URL:-https://open.feishu.cn}
BRANCH_PREFIX=${BRANCH_PREFIX:-doc-update}
PLUGIN=dev.offerstatus:offer-status-maven-plugin:0.1.0-SNAPSHOT
SPEC_MODULE=spec

./mvnw -B -ntp -q install -DskipTests -pl maven-plugin -am

# 0. the official Java SDK, a second machine-readable source of the API: the newest release
#    (fetched when the network allows), compared offline with the spec; differences are warnings
./mvnw -B -ntp -q dependency:get -Dartifact=com.larksuite.oapi:oapi-sdk:RELEASE -Dtransitive=false \
  || echo "doc-update-loop: could not fetch the newest SDK; check-sdk takes the newest the local repository holds"
./mvnw -B -ntp -pl "$SPEC_MODULE" "$PLUGIN:check-sdk" -DofferStatus.sdkVersion=newest \
  -DofferStatus.spec="$PWD/$SPEC_DIR/openapi.yaml"

# 1. fetch: an unchanged page leaves its snapshot untouched; a failure changes none (exit != 0)
./mvnw -B -ntp -pl "$SPEC_MODULE" "$PLUGIN:fetch-doc" \
  -DofferStatus.spec="$PWD/$SPEC_DIR/openapi.yaml" -DofferStatus.docBaseUrl="$DOC_BASE_URL"

if git diff --quiet -- "$SPEC_DIR"; then
  echo "doc-update-loop: no page changed upstream; nothing to propose"
  exit 0
fi

# 2. propose and apply: line-preserving edits of openapi.yaml, CHANGELOG.md entry beside it; it
#    reads the pages check-doc reads (those the spec names, each in its role)
./mvnw -B -ntp -pl "$SPEC_MODULE" "$PLUGIN:propose" -DofferStatus.apply=true \
  -DofferStatus.spec="$PWD/$SPEC_DIR/openapi.yaml"

# 3. rebuild: check-doc, lint and Spectral run on the new spec and the client regenerates; the
#    build's verdict goes into the pull request (a needs-a-person item fails check-doc here)
verdict=passed
./mvnw -B -ntp verify || verdict=failed

summary=$SPEC_MODULE/target/offer-status/proposal/changelog-entry.md
branch="$BRANCH_PREFIX/$(date -u +%Y-%m-%d)"
git switch -c "$branch"
git add -- "$SPEC_DIR"
{ echo "Doc update: proposal from fetch-doc (build $verdict)"; echo; cat "$summary"; } > target-commit-message.txt
git commit -q -F target-commit-message.txt
rm -f target-commit-message.txt
if command -v gh > /dev/null && [ -n "${GH_TOKEN:-}" ]; then
  git push -q origin "$branch"
  gh pr create --head "$branch" --title "Doc update $(date -u +%Y-%m-%d) (build $verdict)" \
    --body-file "$summary"
else
  echo "doc-update-loop: committed on $branch (no gh/GH_TOKEN: push and open the pull request by hand)"
fi
