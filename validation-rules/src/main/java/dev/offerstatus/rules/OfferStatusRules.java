package dev.offerstatus.rules;

import dev.offerstatus.rules.internal.Contract;
import dev.offerstatus.rules.internal.JsonChecker;
import dev.offerstatus.rules.internal.Messages;
import dev.offerstatus.rules.internal.ModelChecker;
import dev.offerstatus.rules.internal.ParameterChecker;
import dev.offerstatus.rules.internal.RuleHit;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The contract's rules for the requests of every operation of a spec, built once from it;
 * thread-safe. Each entry point takes the operation ({@code operationId}), its path and query
 * parameters (name to text as sent) and its body; the verdict is a list of {@link Violation}s,
 * sorted by path, then rule, empty when the request is valid.
 */
public final class OfferStatusRules {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::rule);

  private final Contract contract;
  private final JsonChecker jsonChecker;
  private final ModelChecker modelChecker;
  private final ParameterChecker parameterChecker;

  private OfferStatusRules(Contract contract) {
    this.contract = contract;
    this.jsonChecker = new JsonChecker(contract);
    this.modelChecker = new ModelChecker(contract);
    this.parameterChecker = new ParameterChecker(contract);
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
   * @throws IllegalArgumentException naming the JSON pointer when the spec, one of its {@code
   *     x-contract-rules} or one of its patterns cannot be read
   */
  public static OfferStatusRules fromSpec(String openApiYaml) {
    Objects.requireNonNull(openApiYaml, "openApiYaml == null");
    return new OfferStatusRules(Contract.parse(openApiYaml));
  }

  /**
   * Returns the rules of a contract model (a spec already read).
   *
   * @throws IllegalArgumentException naming the JSON pointer of a pattern that does not compile
   */
  public static OfferStatusRules of(ContractModel model) {
    Objects.requireNonNull(model, "model == null");
    return new OfferStatusRules(Contract.of(model));
  }

  /**
   * Raw entry point: validates one request of an operation, its parameters and its JSON body text
   * ({@code null} when none is sent); never throws on bad input (unparseable JSON is one violation
   * with path {@code ""} and rule {@code json}; a body sent to an operation that takes none is one
   * violation with rule {@code no-body}).
   *
   * @param operationId the operation, e.g. {@code "updateOfferStatus"}
   * @param parameters its path and query parameters by name, as sent (absent or null: not sent)
   * @throws IllegalStateException naming the spec's operations when it has no such operation
   */
  public List<Violation> validateJson(
      String operationId, Map<String, String> parameters, String jsonBody, Locale locale) {
    Operation operation = operation(operationId, parameters, locale);
    List<RuleHit> hits = new ArrayList<>();
    parameterChecker.check(operation, parameters, hits);
    checkJsonBody(operation, jsonBody, hits);
    return toViolations(hits, locale);
  }

  /** Same as {@link #validateJson(String, Map, String, Locale)} with English messages. */
  public List<Violation> validateJson(
      String operationId, Map<String, String> parameters, String jsonBody) {
    return validateJson(operationId, parameters, jsonBody, Locale.ENGLISH);
  }

  /**
   * Model entry point: validates one request of an operation, its parameters and its body as a
   * generated model (or any bean named like the operation's body schema), with the shared Jakarta
   * Validator and the rules' constraints.
   *
   * @param body the request body, or null when none is sent
   * @throws IllegalStateException naming the spec's operations when it has no such operation
   * @throws IllegalArgumentException when {@code body} is not a bean of the operation's body
   *     schema, or the operation takes no body
   */
  public List<Violation> validateModel(
      String operationId, Map<String, String> parameters, Object body, Locale locale) {
    Operation operation = operation(operationId, parameters, locale);
    List<RuleHit> hits = new ArrayList<>();
    parameterChecker.check(operation, parameters, hits);
    checkModelBody(operation, body, hits);
    return toViolations(hits, locale);
  }

  /** Same as {@link #validateModel(String, Map, Object, Locale)} with English messages. */
  public List<Violation> validateModel(
      String operationId, Map<String, String> parameters, Object body) {
    return validateModel(operationId, parameters, body, Locale.ENGLISH);
  }

  /**
   * One request's whole pre-flight in one call: the parameters checked once, the generated model
   * with the Jakarta Validator, and the JSON body text that will be sent; a finding of both checks
   * (same path and rule) is reported once, the model's.
   *
   * @throws IllegalStateException naming the spec's operations when it has no such operation
   * @throws IllegalArgumentException as {@link #validateModel(String, Map, Object, Locale)} does
   */
  public List<Violation> validateRequest(
      String operationId,
      Map<String, String> parameters,
      Object body,
      String jsonBody,
      Locale locale) {
    Operation operation = operation(operationId, parameters, locale);
    List<RuleHit> hits = new ArrayList<>();
    parameterChecker.check(operation, parameters, hits);
    checkModelBody(operation, body, hits);
    checkJsonBody(operation, jsonBody, hits);
    Set<List<String>> seen = new HashSet<>();
    hits.removeIf(hit -> !seen.add(List.of(hit.path(), hit.rule())));
    return toViolations(hits, locale);
  }

  /**
   * Validates JSON text against any named component schema of this spec (e.g. {@code
   * "InternOfferStatusRequest"}): every schema keyword the rules know, and the {@code
   * x-contract-rules} of that schema and of the schemas it contains; paths are relative to it.
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

  /**
   * Validates any bean with the shared Jakarta Validator and this spec's rules (those of the schema
   * named like its class, or by its {@code @RequiredWhen(schema = ...)}); paths are relative to it.
   */
  public List<Violation> validateBean(Object bean, Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    List<RuleHit> hits = new ArrayList<>();
    modelChecker.check(bean, hits);
    return toViolations(hits, locale);
  }

  private Operation operation(String operationId, Map<String, String> parameters, Locale locale) {
    Objects.requireNonNull(operationId, "operationId == null");
    Objects.requireNonNull(parameters, "parameters == null");
    Objects.requireNonNull(locale, "locale == null");
    return contract.operation(operationId);
  }

  private void checkJsonBody(Operation operation, String jsonBody, List<RuleHit> hits) {
    if (operation.requestBody().isPresent()) {
      jsonChecker.checkBody(operation.requestBody().get().schema(), jsonBody, hits);
    } else if (jsonBody != null) {
      hits.add(noBody(operation));
    }
  }

  private void checkModelBody(Operation operation, Object body, List<RuleHit> hits) {
    if (operation.requestBody().isEmpty()) {
      if (body != null) {
        throw new IllegalArgumentException(
            operation.operationId()
                + " takes no request body, got a "
                + body.getClass().getName()
                + ".");
      }
      return;
    }
    Body declared = operation.requestBody().get();
    String schema = declared.schemaName().orElse(null);
    if (body != null && !Contract.schemaNameOf(body.getClass()).equals(schema)) {
      throw new IllegalArgumentException(
          operation.operationId()
              + " takes a body of "
              + (schema == null ? declared.pointer() + "/schema" : "#/components/schemas/" + schema)
              + ", got a "
              + body.getClass().getName()
              + ".");
    }
    modelChecker.check(body, hits);
  }

  private static RuleHit noBody(Operation operation) {
    return new RuleHit(
        "", null, "no-body", Messages.NO_BODY, Map.of("operation", operation.operationId()));
  }

  private static List<Violation> toViolations(List<RuleHit> hits, Locale locale) {
    if (hits.isEmpty()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>(hits.size());
    for (RuleHit hit : hits) {
      violations.add(hit.toViolation(locale));
    }
    violations.sort(ORDER);
    return List.copyOf(violations);
  }
}
