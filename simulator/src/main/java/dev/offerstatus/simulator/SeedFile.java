package dev.offerstatus.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads offers from a JSON seed file: {@code {"offers": [{"offer_id": "...", "state":
 * "pending_onboarding" | "onboarded" | "offboarded" | "onboarding_cancelled" | 11 | 12 | 13,
 * "onboarding_date": "YYYY-MM-DD", "offboarding_date": "YYYY-MM-DD", "notes": "...", "talent_id":
 * "...", "offer_type": 1 | 2}]}}; {@code talent_id} defaults to {@link Offer#DEFAULT_TALENT_ID} and
 * {@code offer_type} to 2 (实习 Offer).
 */
public final class SeedFile {
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
        offers.add(
            new Offer(
                required(entry, "offer_id"),
                OfferState.parse(required(entry, "state")),
                date(entry, "onboarding_date"),
                date(entry, "offboarding_date"),
                entry.hasNonNull("notes") ? entry.get("notes").asText() : null,
                entry.hasNonNull("talent_id")
                    ? required(entry, "talent_id")
                    : Offer.DEFAULT_TALENT_ID,
                offerType(entry.get("offer_type"))));
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

  /** An {@code offer_type} as the read operations report it: 2 (实习 Offer) when absent. */
  static int offerType(JsonNode node) {
    if (node == null || node.isNull()) {
      return Offer.INTERN_OFFER_TYPE;
    }
    String text = node.asText();
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("offer_type \"" + text + "\" is not an integer");
    }
  }

  private static LocalDate date(JsonNode entry, String field) {
    JsonNode node = entry.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " \"" + node.asText() + "\" is not a date in the form YYYY-MM-DD");
    }
  }
}
