/**
 * What the build-time contract checks and the doc-update loop's tools share: reports and findings,
 * input errors, the spec (its contract model, whose records carry pointers and lines), and the
 * files they read and write. The checks themselves (check-doc, lint, check-compat,
 * validate-payloads) are in the contract-checks module, fetch-doc and check-sdk in upstream,
 * propose in propose, each in its own subpackage; the Maven plugin and the CLI only wire them.
 */
package dev.offerstatus.checks;
