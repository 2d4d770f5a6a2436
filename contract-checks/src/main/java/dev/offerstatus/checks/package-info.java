/**
 * What the build-time contract checks share: reports and findings, input errors, the spec (its
 * contract model, whose records carry pointers and lines), its limits and rules, and the files the
 * checks read and write. Each check has its package: {@link dev.offerstatus.checks.doc.DocCheck
 * doc}, {@link dev.offerstatus.checks.lint.LintCheck lint}, {@link
 * dev.offerstatus.checks.compat.CompatCheck compat}, {@link
 * dev.offerstatus.checks.payloads.PayloadCheck payloads}, with fetch-doc and propose beside them.
 * The Maven plugin only wires them.
 */
package dev.offerstatus.checks;
