/**
 * The spec's validation rules for requests: {@link dev.offerstatus.rules.OfferStatusRules} for
 * bodies (JSON or generated model) and {@link dev.offerstatus.rules.ParameterRules} for path and
 * query parameters, each finding reported as a {@link dev.offerstatus.rules.Violation}.
 */
package dev.offerstatus.rules;
