package dev.offerstatus.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.ContractModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every schema keyword and format the shipped spec uses is one the rules enforce or one that only
 * describes: a spec that starts using another one fails here, naming where, before a request
 * breaking it could pass unseen. The enforced list is the one validation-rules/README.md shows.
 */
class KeywordInventoryTest {
  static final Set<String> ENFORCED =
      Set.of(
          "type",
          "nullable",
          "required",
          "properties",
          "items",
          "$ref",
          "enum",
          "format",
          "minimum",
          "maximum",
          "minLength",
          "maxLength",
          "pattern",
          "minItems",
          "maxItems",
          "x-contract-rules");
  static final Set<String> DESCRIPTIVE =
      Set.of(
          "description",
          "example",
          "default",
          "deprecated",
          "title",
          "x-enum-descriptions",
          "x-enum-varnames");

  /** Keyword to the first pointer that uses it. */
  private static void collect(JsonNode schema, String pointer, Map<String, String> out) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      String key = e.getKey();
      out.putIfAbsent(key, pointer + "/" + key);
      if (key.equals("format")) {
        out.putIfAbsent("format: " + e.getValue().asText(), pointer + "/format");
      }
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      for (Map.Entry<String, JsonNode> p : properties.properties()) {
        collect(p.getValue(), pointer + "/properties/" + p.getKey(), out);
      }
    }
    collect(schema.get("items"), pointer + "/items", out);
  }

  private static Map<String, String> keywordsOf(JsonNode root) {
    Map<String, String> used = new TreeMap<>();
    root.path("components")
        .path("schemas")
        .properties()
        .forEach(e -> collect(e.getValue(), "#/components/schemas/" + e.getKey(), used));
    root.path("components")
        .path("parameters")
        .properties()
        .forEach(
            e ->
                collect(e.getValue().get("schema"), "#/components/parameters/" + e.getKey(), used));
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String at = "#/paths/" + path.getKey() + "/" + op.getKey();
        for (JsonNode parameter : op.getValue().path("parameters")) {
          collect(parameter.get("schema"), at + "/parameters", used);
        }
        for (Map.Entry<String, JsonNode> media :
            op.getValue().path("requestBody").path("content").properties()) {
          collect(media.getValue().get("schema"), at + "/requestBody", used);
        }
      }
    }
    return used;
  }

  /** The keywords and formats of a spec that the rules neither enforce nor call descriptive. */
  private static Map<String, String> unknownKeywords(JsonNode root) {
    Map<String, String> unknown = new TreeMap<>();
    keywordsOf(root)
        .forEach(
            (keyword, where) -> {
              boolean known =
                  keyword.startsWith("format: ")
                      ? Keywords.FORMATS.contains(keyword.substring("format: ".length()))
                      : ENFORCED.contains(keyword) || DESCRIPTIVE.contains(keyword);
              if (!known) {
                unknown.put(keyword, where);
              }
            });
    return unknown;
  }

  @Test
  void theSpecUsesNoKeywordOrFormatTheRulesDoNotKnow() {
    assertThat(unknownKeywords(ContractModel.fromClasspath().document()))
        .as("keywords the rules do not enforce, with where they are used")
        .isEmpty();
  }

  @Test
  void aKeywordOrFormatTheRulesDoNotKnowIsNamedWithItsPointer() {
    String spec =
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                ids: {type: array, uniqueItems: true, items: {type: string, format: uuid}}
        """;
    assertThat(unknownKeywords(ContractModel.parse(spec).document()))
        .containsExactly(
            Map.entry("format: uuid", "#/components/schemas/Thing/properties/ids/items/format"),
            Map.entry("uniqueItems", "#/components/schemas/Thing/properties/ids/uniqueItems"));
  }

  @Test
  void theReadmeListsExactlyTheEnforcedKeywords() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf("<!-- keywords: enforced -->");
    assertThat(at).isNotNegative();
    String list = readme.substring(readme.indexOf('\n', at) + 1, readme.indexOf("\n\n", at));
    Set<String> listed = new TreeSet<>();
    Arrays.stream(list.split(","))
        .map(String::strip)
        .map(k -> k.replace("`", ""))
        .forEach(listed::add);
    assertThat(listed).isEqualTo(new TreeSet<>(ENFORCED));
  }
}
