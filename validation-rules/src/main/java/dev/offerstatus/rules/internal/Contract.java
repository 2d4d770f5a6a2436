package dev.offerstatus.rules.internal;

import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractRule;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Schema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.PatternSyntaxException;

/**
 * Everything the rules read from one OpenAPI spec, as {@link ContractModel} reads it: the component
 * schemas with their {@code x-contract-rules}, the request body schema and the path parameter of
 * the request operation. Immutable and thread-safe.
 */
public final class Contract {
  private static final String SCHEMAS = "#/components/schemas/";

  private final Map<String, Schema> schemas;
  private final String requestSchemaName;
  private final PathParameter pathParameter;
  private final Map<Class<?>, List<ContractRule>> rulesByClass = new ConcurrentHashMap<>();

  private Contract(
      Map<String, Schema> schemas, String requestSchemaName, PathParameter pathParameter) {
    this.schemas = schemas;
    this.requestSchemaName = requestSchemaName;
    this.pathParameter = pathParameter;
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
   * The rules' view of a contract model: its component schemas and the request operation, the first
   * operation (other than the token endpoint) whose JSON request body is a named schema.
   *
   * @throws IllegalArgumentException naming the JSON pointer of what the rules cannot use
   */
  public static Contract of(ContractModel model) {
    Optional<Operation> token = model.tokenOperation();
    String requestSchema = null;
    PathParameter pathParameter = null;
    for (Operation op : model.operations()) {
      if (op.requestBody().isEmpty() || token.filter(t -> t == op).isPresent()) {
        continue;
      }
      Body body = op.requestBody().get();
      if (body.schemaName().isEmpty()) {
        throw new IllegalArgumentException(
            op.pointer()
                + "/requestBody: the JSON body schema must be a $ref to "
                + SCHEMAS
                + "... (rules attach to named schemas).");
      }
      requestSchema = body.schemaName().get();
      pathParameter = pathParameterOf(model, op);
      break;
    }
    return new Contract(model.schemas(), requestSchema, pathParameter);
  }

  /** The component schema of that name, or null. */
  Schema schema(String name) {
    return schemas.get(name);
  }

  /**
   * The component schema of that name.
   *
   * @throws IllegalArgumentException naming the known schemas when there is none
   */
  Schema requireSchema(String name) {
    Schema schema = schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException(
          "The spec has no schema "
              + SCHEMAS
              + name
              + " (it has: "
              + String.join(", ", new TreeSet<>(schemas.keySet()))
              + ").");
    }
    return schema;
  }

  /** Follows a schema's {@code $ref} to its component. */
  Schema resolve(Schema schema) {
    Schema s = schema;
    for (int hops = 0; s.ref() != null && hops <= schemas.size(); hops++) {
      s = schemas.get(s.ref());
    }
    return s;
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
    Schema schema = schemas.get(schemaName);
    return schema == null ? List.of() : resolve(schema).rules();
  }

  /**
   * The component schema of the first operation with a JSON request body.
   *
   * @throws IllegalStateException when the spec has no such operation
   */
  public String requestSchemaName() {
    if (requestSchemaName == null) {
      throw new IllegalStateException(
          "The spec has no operation with a JSON request body that refers to "
              + SCHEMAS
              + "...: use validateSchema.");
    }
    return requestSchemaName;
  }

  /** The request operation's path parameter, or null when it has none. */
  public PathParameter pathParameter() {
    return pathParameter;
  }

  private static PathParameter pathParameterOf(ContractModel model, Operation operation) {
    for (Parameter parameter : operation.parameters("path")) {
      Schema schema = model.resolve(parameter.schema());
      try {
        return new PathParameter(
            parameter.name(),
            schema.minLength() == null ? 0 : schema.minLength(),
            schema.maxLength() == null ? Integer.MAX_VALUE : schema.maxLength(),
            schema.pattern() == null ? null : EcmaRegex.compile(schema.pattern()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            operation.pointer()
                + "/parameters: the path parameter's pattern does not compile: "
                + schema.pattern(),
            e);
      }
    }
    return null;
  }
}
