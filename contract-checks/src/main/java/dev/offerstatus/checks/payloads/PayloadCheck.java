package dev.offerstatus.checks.payloads;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecRules;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates request payload fixtures against the spec's schemas and rules, each by its own
 * operation. A fixture is a {@code .http} file (an HTTP request: request line, headers, blank line,
 * JSON body; routed by method and path, see {@link HttpFixtures}) or a {@code .json} file ({@code
 * {"operationId": "...", "offer_id": "...", "body": {...}}}, see {@link JsonFixtures}). Each
 * violation is one finding naming the file and the path: a parameter by its name ({@code
 * offer_id}), a body field under {@code body} ({@code
 * body.onboarding_info.actual_onboarding_date}).
 */
public final class PayloadCheck {
  /** The check's name in reports. */
  public static final String NAME = "validate-payloads";

  /**
   * What to validate.
   *
   * @param spec the OpenAPI file whose rules apply
   * @param directory the payload files ({@code *.http}, {@code *.json}, subdirectories included)
   * @param baseDir reports name files relative to it
   * @param locale the language of rule messages
   * @param operation the operationId of the {@code .json} fixtures that name none, or null
   */
  public record Config(Path spec, Path directory, Path baseDir, Locale locale, String operation) {
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
    ContractModel model = SpecRules.model(spec);
    OfferStatusRules rules = SpecRules.of(spec, model);
    Operation fallback = fallback(model, config.operation(), spec.name());
    String dir = InputFiles.display(config.baseDir(), config.directory());
    if (!Files.isDirectory(config.directory())) {
      throw new CheckInputException("payload directory " + dir + " does not exist");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(config.directory())) {
      files = walk.filter(p -> isFixture(p) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new CheckInputException("cannot list payload directory " + dir + ": " + e, e);
    }
    if (files.isEmpty()) {
      throw new CheckInputException("payload directory " + dir + " has no *.http or *.json file");
    }
    List<Finding> findings = new ArrayList<>();
    for (Path file : files) {
      String name = InputFiles.display(config.baseDir(), file);
      String text = SpecDocument.readText(file, name, "payload");
      FixtureRequest request =
          file.toString().endsWith(".http")
              ? HttpFixtures.read(text, name, model)
              : JsonFixtures.read(text, name, model, fallback);
      findings.addAll(validate(rules, request, name, config.locale()));
    }
    String summary =
        findings.size()
            + (findings.size() == 1 ? " violation" : " violations")
            + " in "
            + files.size()
            + (files.size() == 1 ? " payload file" : " payload files");
    return new CheckReport(NAME, summary, findings);
  }

  private static boolean isFixture(Path path) {
    String name = path.toString();
    return name.endsWith(".json") || name.endsWith(".http");
  }

  /** The goal's operation, checked against the spec before any fixture is read. */
  private static Operation fallback(ContractModel model, String operationId, String specName) {
    if (operationId == null || operationId.isBlank()) {
      return null;
    }
    return model
        .operation(operationId)
        .orElseThrow(
            () ->
                new CheckInputException(
                    "operation "
                        + operationId
                        + ": "
                        + specName
                        + " has no such operation (it has: "
                        + model.operations().stream()
                            .map(Operation::operationId)
                            .collect(Collectors.joining(", "))
                        + ")"));
  }

  /** The findings of one fixture: why it is not a request, or what its request breaks. */
  static List<Finding> validate(
      OfferStatusRules rules, FixtureRequest request, String name, Locale locale) {
    if (!request.problems().isEmpty()) {
      return request.problems();
    }
    List<Finding> findings = new ArrayList<>();
    for (Violation v :
        rules.validateJson(
            request.operation().operationId(), request.parameters(), request.body(), locale)) {
      findings.add(new Finding(name, path(request.operation(), v), SpecRules.message(v)));
    }
    return findings;
  }

  /** A parameter by its name, a body field under {@code body}. */
  private static String path(Operation operation, Violation v) {
    if (operation.parameter(v.path()).isPresent()) {
      return v.path();
    }
    return v.path().isEmpty() ? JsonFixtures.BODY : JsonFixtures.BODY + "." + v.path();
  }
}
