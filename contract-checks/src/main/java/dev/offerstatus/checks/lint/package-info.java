/**
 * lint: the spec parses cleanly, its examples obey their schemas and rules, operations are
 * complete.
 */
package dev.offerstatus.checks.lint;
