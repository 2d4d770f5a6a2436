/** validate-payloads: JSON request fixtures against the spec's schemas and contract rules. */
package dev.offerstatus.checks.payloads;
