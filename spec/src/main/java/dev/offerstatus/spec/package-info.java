/**
 * The contract: the OpenAPI spec shipped as a resource and {@link
 * dev.offerstatus.spec.ContractModel}, the one typed reader of its facts (operations, schemas,
 * rules, limits, error codes).
 */
package dev.offerstatus.spec;
