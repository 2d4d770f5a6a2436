package dev.offerstatus.rules;

import dev.offerstatus.rules.internal.Contract;
import dev.offerstatus.rules.internal.JsonChecker;
import dev.offerstatus.rules.internal.Messages;
import dev.offerstatus.rules.internal.ModelChecker;
import dev.offerstatus.rules.internal.RuleHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The contract's rules for the intern offer status request, built once from a spec; thread-safe.
 */
public final class OfferStatusRules {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::rule);

  private final Contract contract;
  private final JsonChecker jsonChecker;
  private final ModelChecker modelChecker;

  private OfferStatusRules(Contract contract) {
    this.contract = contract;
    this.jsonChecker = new JsonChecker(contract);
    this.modelChecker = new ModelChecker(contract);
  }

  private static final class ClasspathHolder {
    static final OfferStatusRules INSTANCE = new OfferStatusRules(Contract.classpath());
  }

  /** Returns the rules of the spec shipped in {@code offer-status-spec} (built once, cached). */
  public static OfferStatusRules fromClasspath() {
    return ClasspathHolder.INSTANCE;
  }

  /**
   * Returns the rules of any copy of the spec (OpenAPI 3.0 YAML or JSON text).
   *
   * @throws IllegalArgumentException naming the JSON pointer when the spec or one of its {@code
   *     x-contract-rules} cannot be read
   */
  public static OfferStatusRules fromSpec(String openApiYaml) {
    Objects.requireNonNull(openApiYaml, "openApiYaml == null");
    return new OfferStatusRules(Contract.parse(openApiYaml));
  }

  /**
   * Raw entry point: validates an offer id plus a JSON request body text; never throws on bad JSON
   * (unparseable JSON is one violation with path {@code ""} and rule {@code json}).
   *
   * @throws IllegalStateException when the spec has no operation with a JSON request body
   */
  public List<Violation> validateJson(String offerId, String jsonBody, Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    List<RuleHit> hits = new ArrayList<>();
    jsonChecker.checkOfferId(offerId, hits);
    jsonChecker.checkBody(contract.requestSchemaName(), jsonBody, hits);
    return toViolations(hits, locale);
  }

  /** Same as {@link #validateJson(String, String, Locale)} with English messages. */
  public List<Violation> validateJson(String offerId, String jsonBody) {
    return validateJson(offerId, jsonBody, Locale.ENGLISH);
  }

  /**
   * Model entry point: validates a generated {@code InternOfferStatusRequest} (or any bean the
   * Jakarta Validator knows) with the shared Jakarta Validator and the rules' constraints, plus the
   * offer id check.
   */
  public List<Violation> validateModel(String offerId, Object request, Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    List<RuleHit> hits = new ArrayList<>();
    jsonChecker.checkOfferId(offerId, hits);
    modelChecker.check(request, hits);
    return toViolations(hits, locale);
  }

  /** Same as {@link #validateModel(String, Object, Locale)} with English messages. */
  public List<Violation> validateModel(String offerId, Object request) {
    return validateModel(offerId, request, Locale.ENGLISH);
  }

  /**
   * One request's whole pre-flight in one call: the offer id checked once, the generated model with
   * the Jakarta Validator, and the JSON body text that will be sent; a finding of both checks (same
   * path and rule) is reported once, the model's, and the result is ordered by path, then rule.
   */
  public List<Violation> validateRequest(
      String offerId, Object request, String jsonBody, Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    List<RuleHit> hits = new ArrayList<>();
    jsonChecker.checkOfferId(offerId, hits);
    modelChecker.check(request, hits);
    jsonChecker.checkBody(contract.requestSchemaName(), jsonBody, hits);
    Set<List<String>> seen = new HashSet<>();
    hits.removeIf(hit -> !seen.add(List.of(hit.path(), hit.rule())));
    return toViolations(hits, locale);
  }

  /**
   * Validates JSON text against any named component schema of this spec (e.g. {@code
   * "InternOfferStatusRequest"}): JSON types, required lists (nested too), enums, {@code format:
   * date}, and the {@code x-contract-rules} of that schema and of the schemas it contains; paths
   * are relative to it.
   *
   * @throws IllegalArgumentException when the spec has no component schema of that name
   */
  public List<Violation> validateSchema(String schemaName, String json, Locale locale) {
    Objects.requireNonNull(schemaName, "schemaName == null");
    Objects.requireNonNull(locale, "locale == null");
    List<RuleHit> hits = new ArrayList<>();
    jsonChecker.checkBody(schemaName, json, hits);
    return toViolations(hits, locale);
  }

  private static List<Violation> toViolations(List<RuleHit> hits, Locale locale) {
    if (hits.isEmpty()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>(hits.size());
    for (RuleHit hit : hits) {
      violations.add(
          new Violation(
              hit.path(),
              hit.value(),
              hit.rule(),
              Messages.render(hit.messageKey(), hit.params(), locale)));
    }
    violations.sort(ORDER);
    return List.copyOf(violations);
  }
}
