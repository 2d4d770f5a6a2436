/**
 * The build-time contract checks of offer-status-kit as plain classes: doc drift ({@link
 * dev.offerstatus.checks.DocCheck}), spec lint ({@link dev.offerstatus.checks.LintCheck}), backward
 * compatibility ({@link dev.offerstatus.checks.CompatCheck}) and request payload fixtures ({@link
 * dev.offerstatus.checks.PayloadCheck}). The Maven plugin only wires them.
 */
package dev.offerstatus.checks;
