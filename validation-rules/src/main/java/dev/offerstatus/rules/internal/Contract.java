package dev.offerstatus.rules.internal;

import dev.offerstatus.rules.constraints.DateAfter;
import dev.offerstatus.rules.constraints.RequiredWhen;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractRule;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything the rules read from one OpenAPI spec, as {@link ContractModel} reads it: the
 * operations with their parameters and request bodies, the component schemas with their {@code
 * x-contract-rules}, and every schema {@code pattern}, compiled once. Immutable and thread-safe.
 */
public final class Contract {
  private static final String SCHEMAS = "#/components/schemas/";

  private final ContractModel model;
  private final Map<String, Pattern> patterns;
  private final Map<String, List<Schema>> pathParameters;
  private final Map<String, Pattern> otherPatterns = new ConcurrentHashMap<>();
  private final Map<Class<?>, List<ContractRule>> rulesByClass = new ConcurrentHashMap<>();

  private Contract(
      ContractModel model, Map<String, Pattern> patterns, Map<String, List<Schema>> paths) {
    this.model = model;
    this.patterns = patterns;
    this.pathParameters = paths;
  }

  private static final class ClasspathHolder {
    static final Contract INSTANCE = of(ContractModel.fromClasspath());
  }

  /** The contract of the spec shipped in {@code offer-status-spec}, parsed once. */
  public static Contract classpath() {
    return ClasspathHolder.INSTANCE;
  }

  /**
   * Parses a spec (YAML or JSON text).
   *
   * @throws IllegalArgumentException naming the JSON pointer of what cannot be read
   */
  public static Contract parse(String openApi) {
    Objects.requireNonNull(openApi, "openApi == null");
    return of(ContractModel.parse(openApi));
  }

  /**
   * The rules' view of a contract model.
   *
   * @throws IllegalArgumentException naming the JSON pointer of a {@code pattern} that does not
   *     compile
   */
  public static Contract of(ContractModel model) {
    Map<String, Pattern> patterns = new HashMap<>();
    for (Schema schema : model.schemas().values()) {
      compilePatterns(schema, patterns);
    }
    Map<String, List<Schema>> paths = new LinkedHashMap<>();
    for (Operation op : model.operations()) {
      for (Parameter parameter : op.parameters()) {
        compilePatterns(parameter.schema(), patterns);
        if (parameter.in().equals("path")) {
          paths
              .computeIfAbsent(parameter.name(), n -> new ArrayList<>())
              .add(model.resolve(parameter.schema()));
        }
      }
    }
    return new Contract(model, Map.copyOf(patterns), Map.copyOf(paths));
  }

  private static void compilePatterns(Schema schema, Map<String, Pattern> out) {
    if (schema.pattern() != null && !out.containsKey(schema.pattern())) {
      try {
        out.put(schema.pattern(), EcmaRegex.compile(schema.pattern()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            schema.pointer() + "/pattern: does not compile: " + e.getDescription(), e);
      }
    }
    for (Schema property : schema.properties().values()) {
      compilePatterns(property, out);
    }
    if (schema.items() != null) {
      compilePatterns(schema.items(), out);
    }
  }

  /** The contract model the rules read. */
  public ContractModel model() {
    return model;
  }

  /**
   * The operation with that {@code operationId}.
   *
   * @throws IllegalStateException naming the spec's operationIds when it has no such operation
   */
  public Operation operation(String operationId) {
    return model.requireOperation(operationId);
  }

  /** The component schema of that name, or null. */
  Schema schema(String name) {
    return model.schemas().get(name);
  }

  /**
   * The component schema of that name.
   *
   * @throws IllegalArgumentException naming the known schemas when there is none
   */
  Schema requireSchema(String name) {
    Schema schema = schema(name);
    if (schema == null) {
      throw new IllegalArgumentException(
          "The spec has no schema "
              + SCHEMAS
              + name
              + " (it has: "
              + String.join(", ", new TreeSet<>(model.schemas().keySet()))
              + ").");
    }
    return schema;
  }

  /** Follows a schema's {@code $ref} to its component. */
  Schema resolve(Schema schema) {
    return model.resolve(schema);
  }

  /**
   * The compiled ECMA-262 {@code pattern} of a schema of this spec, or of a constraint that
   * restates one (compiled once).
   */
  Pattern pattern(String pattern) {
    Pattern compiled = patterns.get(pattern);
    return compiled != null ? compiled : otherPatterns.computeIfAbsent(pattern, EcmaRegex::compile);
  }

  /**
   * The schemas of the path parameters of that name, one per operation that declares it.
   *
   * @throws IllegalStateException naming the spec's path parameters when no operation has it
   */
  List<Schema> pathParameterSchemas(String name) {
    List<Schema> schemas = pathParameters.get(name);
    if (schemas == null) {
      throw new IllegalStateException(
          "The spec has no path parameter "
              + name
              + " (it has: "
              + String.join(", ", new TreeSet<>(pathParameters.keySet()))
              + ").");
    }
    return schemas;
  }

  /**
   * The name of the component schema of a bean's class: the one its {@link RequiredWhen} or {@link
   * DateAfter} names, else the class's simple name (a generated model's).
   */
  public static String schemaNameOf(Class<?> type) {
    RequiredWhen requiredWhen = type.getAnnotation(RequiredWhen.class);
    if (requiredWhen != null && !requiredWhen.schema().isEmpty()) {
      return requiredWhen.schema();
    }
    DateAfter dateAfter = type.getAnnotation(DateAfter.class);
    if (dateAfter != null && !dateAfter.schema().isEmpty()) {
      return dateAfter.schema();
    }
    return type.getSimpleName();
  }

  /**
   * The {@code x-contract-rules} of the schema of a bean: the one named by {@code schema}, else the
   * one named like the class (cached per class).
   */
  public List<ContractRule> rules(Class<?> type, String schema) {
    if (!schema.isEmpty()) {
      return rules(schema);
    }
    return rulesByClass.computeIfAbsent(type, t -> rules(t.getSimpleName()));
  }

  /** The {@code x-contract-rules} of a component schema (empty when it has none or is unknown). */
  public List<ContractRule> rules(String schemaName) {
    Schema schema = schema(schemaName);
    return schema == null ? List.of() : resolve(schema).rules();
  }
}
