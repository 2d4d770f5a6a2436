package dev.offerstatus.checks.payloads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecRules;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Validates request payload fixtures against the spec's schema and rules. A payload file is a JSON
 * object {@code {"offer_id": "7016605170635213100", "body": {...the request body...}}}; each
 * violation is one finding naming the file and the JSON path ({@code offer_id} or {@code
 * body.onboarding_info.actual_onboarding_date}).
 */
public final class PayloadCheck {
  /** The check's name in reports. */
  public static final String NAME = "validate-payloads";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHAPE = "a payload file is {\"offer_id\": \"...\", \"body\": {...}}";

  /**
   * What to validate.
   *
   * @param spec the OpenAPI file whose rules apply
   * @param directory the payload files ({@code *.json}, subdirectories included)
   * @param baseDir reports name files relative to it
   * @param locale the language of rule messages
   */
  public record Config(Path spec, Path directory, Path baseDir, Locale locale) {
    public Config {
      Objects.requireNonNull(spec, "spec == null");
      Objects.requireNonNull(directory, "directory == null");
      Objects.requireNonNull(baseDir, "baseDir == null");
      Objects.requireNonNull(locale, "locale == null");
    }
  }

  private PayloadCheck() {}

  /** Validates every payload file of {@code config}. */
  public static CheckReport run(Config config) {
    Objects.requireNonNull(config, "config == null");
    SpecDocument spec =
        SpecDocument.read(config.spec(), InputFiles.display(config.baseDir(), config.spec()));
    OfferStatusRules rules = SpecRules.of(spec);
    String dir = InputFiles.display(config.baseDir(), config.directory());
    if (!Files.isDirectory(config.directory())) {
      throw new CheckInputException("payload directory " + dir + " does not exist");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(config.directory())) {
      files =
          walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new CheckInputException("cannot list payload directory " + dir + ": " + e, e);
    }
    if (files.isEmpty()) {
      throw new CheckInputException("payload directory " + dir + " has no *.json file");
    }
    List<Finding> findings = new ArrayList<>();
    for (Path file : files) {
      String name = InputFiles.display(config.baseDir(), file);
      findings.addAll(
          validate(rules, SpecDocument.readText(file, name, "payload"), name, config.locale()));
    }
    String summary =
        findings.size()
            + (findings.size() == 1 ? " violation" : " violations")
            + " in "
            + files.size()
            + (files.size() == 1 ? " payload file" : " payload files");
    return new CheckReport(NAME, summary, findings);
  }

  /** Validates one payload file's text. */
  public static List<Finding> validate(
      OfferStatusRules rules, String text, String name, Locale locale) {
    JsonNode payload;
    try {
      payload = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      return List.of(
          new Finding(
              name + ":" + line,
              "",
              "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")));
    }
    if (payload == null || !payload.isObject()) {
      return List.of(new Finding(name, "", "not a JSON object: " + SHAPE));
    }
    JsonNode offerId = payload.get("offer_id");
    JsonNode body = payload.get("body");
    if (offerId == null || !offerId.isTextual()) {
      return List.of(new Finding(name, "offer_id", "missing or not a string: " + SHAPE));
    }
    if (body == null) {
      return List.of(new Finding(name, "body", "missing: " + SHAPE));
    }
    List<Finding> findings = new ArrayList<>();
    for (Violation v : rules.validateJson(offerId.asText(), body.toString(), locale)) {
      String path =
          v.path().equals("offer_id")
              ? "offer_id"
              : v.path().isEmpty() ? "body" : "body." + v.path();
      findings.add(new Finding(name, path, SpecRules.message(v)));
    }
    return findings;
  }
}
