/**
 * Not API: the rule engine shared by the JSON and model entry points, and the values and messages
 * of its findings.
 */
package dev.offerstatus.rules.internal;
