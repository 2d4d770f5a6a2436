package dev.offerstatus.rules.internal;

import java.util.List;
import java.util.Map;

/**
 * The parts of an OpenAPI schema that the rules read.
 *
 * @param ref the component schema this one refers to, or null
 * @param type the JSON type ({@code object}, {@code string}, ...), or null for any
 * @param format the format ({@code date} is checked), or null
 * @param nullable whether JSON null is accepted as a value
 * @param enumValues the allowed normalized scalars, empty for any
 * @param required the required property names
 * @param properties the declared properties, in spec order
 * @param items the schema of array items, or null
 * @param rules this schema's {@code x-contract-rules}
 */
record Schema(
    String ref,
    String type,
    String format,
    boolean nullable,
    List<Object> enumValues,
    List<String> required,
    Map<String, Schema> properties,
    Schema items,
    List<ContractRule> rules) {}
