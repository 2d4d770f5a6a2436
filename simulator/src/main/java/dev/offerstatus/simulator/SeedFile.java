package dev.offerstatus.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads offers from a JSON seed file: {@code {"offers": [{"offer_id": "...", "state": 6 |
 * "offer_sent" | ..., "fields": {...}}]}}: {@code state} is an {@code offer_status} number or its
 * name in the spec ({@link OfferState#parse(String)}), {@code fields} any fields of the offer (what
 * the reads show, what a write would have kept). The keys of version 0.1 still work: {@code
 * onboarding_date}, {@code offboarding_date}, {@code notes} (the intern dates and note), {@code
 * talent_id} (default {@link Offer#DEFAULT_TALENT_ID}) and {@code offer_type} (default 2, 实习
 * Offer).
 */
public final class SeedFile {
  /** The keys of one offer, in the order messages list them. */
  private static final List<String> KEYS =
      List.of(
          "offer_id",
          "state",
          "fields",
          "talent_id",
          "offer_type",
          "onboarding_date",
          "offboarding_date",
          "notes");

  private SeedFile() {}

  /**
   * Reads the offers of a seed file.
   *
   * @throws IllegalArgumentException naming the file, the JSON pointer and what is wrong there
   */
  public static List<Offer> read(Path file) {
    Objects.requireNonNull(file, "file == null");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read seed file " + file + ": " + e.getMessage(), e);
    }
    return parse(file.toString(), text);
  }

  /** Reads the offers of a seed document; {@code source} names it in error messages. */
  public static List<Offer> parse(String source, String json) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(json, "json == null");
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Seed file "
              + source
              + " is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + "): "
              + e.getOriginalMessage());
    }
    JsonNode list = root == null ? null : root.get("offers");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          "Seed file " + source + ": /offers must be an array of offers");
    }
    List<Offer> offers = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/offers/" + i;
      JsonNode entry = list.get(i);
      try {
        if (entry == null || !entry.isObject()) {
          throw new IllegalArgumentException("an offer must be a JSON object");
        }
        for (String key : (Iterable<String>) entry::fieldNames) {
          if (!KEYS.contains(key)) {
            throw new IllegalArgumentException(
                "unknown key \""
                    + Echo.shortened(key)
                    + "\"; an offer has "
                    + String.join(", ", KEYS)
                    + " (put any other field of the offer under fields)");
          }
        }
        offers.add(
            new Offer(
                required(entry, "offer_id"),
                OfferState.parse(required(entry, "state")),
                OfferFields.read(entry)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Seed file " + source + ": " + pointer + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(offers);
  }

  private static String required(JsonNode entry, String field) {
    JsonNode node = entry.get(field);
    if (node == null || node.isNull() || node.isContainerNode()) {
      throw new IllegalArgumentException(field + " is required (a string)");
    }
    return node.asText();
  }
}
