/** Pact helpers for the intern offer status contract: checking pact files against the spec. */
package dev.offerstatus.contract;
