package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a schema the rules and tools read.
 *
 * @param pointer where it is declared
 * @param ref the component schema it refers to ({@code $ref}), or null
 * @param type {@code type}, or null for any
 * @param format {@code format}, or null
 * @param nullable {@code nullable}
 * @param enumValues {@code enum} as normalized scalars ({@code String}, {@code BigDecimal}, {@code
 *     Boolean}); empty for any
 * @param required {@code required} property names
 * @param properties {@code properties}, in spec order
 * @param items {@code items}, or null
 * @param rules its {@code x-contract-rules}
 * @param pattern {@code pattern}, or null
 * @param minLength {@code minLength}, or null
 * @param maxLength {@code maxLength}, or null
 * @param minimum {@code minimum}, or null
 * @param maximum {@code maximum}, or null
 * @param defaultValue {@code default} as a normalized scalar, or null
 * @param enumLabels each enum value's label from {@code x-enum-descriptions}, keyed by the value as
 *     in {@code enumValues} (integer enums too), in enum order; values without one are absent
 * @param enumNames each enum value's constant name from {@code x-enum-varnames}, keyed likewise;
 *     empty when the schema gives none
 * @param minItems {@code minItems}, or null
 * @param maxItems {@code maxItems}, or null
 * @param example {@code example}, or null (a copy on each call)
 * @param line the YAML line of the schema, or 0 when unknown
 */
public record Schema(
    String pointer,
    String ref,
    String type,
    String format,
    boolean nullable,
    List<Object> enumValues,
    List<String> required,
    Map<String, Schema> properties,
    Schema items,
    List<ContractRule> rules,
    String pattern,
    Integer minLength,
    Integer maxLength,
    BigDecimal minimum,
    BigDecimal maximum,
    Object defaultValue,
    Map<Object, String> enumLabels,
    Map<Object, String> enumNames,
    Integer minItems,
    Integer maxItems,
    JsonNode example,
    int line) {
  /** Copies the collections and the example. */
  public Schema {
    example = example == null ? null : example.deepCopy();
    enumValues = List.copyOf(enumValues);
    required = List.copyOf(required);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    rules = List.copyOf(rules);
    enumLabels = Collections.unmodifiableMap(new LinkedHashMap<>(enumLabels));
    enumNames = Collections.unmodifiableMap(new LinkedHashMap<>(enumNames));
  }

  /** A copy of {@code example}, or null. */
  @Override
  public JsonNode example() {
    return example == null ? null : example.deepCopy();
  }

  /** The label of an enum value (a normalized scalar; numbers compare by value). */
  public Optional<String> enumLabel(Object value) {
    return find(enumLabels, value);
  }

  /** The constant name of an enum value (a normalized scalar; numbers compare by value). */
  public Optional<String> enumName(Object value) {
    return find(enumNames, value);
  }

  private static Optional<String> find(Map<Object, String> map, Object value) {
    return map.entrySet().stream()
        .filter(e -> JsonScalars.same(e.getKey(), value))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
