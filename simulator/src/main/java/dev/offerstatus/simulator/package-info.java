/**
 * A loopback Feishu simulator driven by the spec: tokens, scopes, rate limits, offer states and
 * every answer's code, message and status, for tests, Pact verification and the CLI.
 */
package dev.offerstatus.simulator;
