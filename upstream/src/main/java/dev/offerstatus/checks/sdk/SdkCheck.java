package dev.offerstatus.checks.sdk;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.sdk.SdkClasses.Endpoint;
import dev.offerstatus.checks.sdk.SdkClasses.Field;
import dev.offerstatus.checks.sdk.SdkClasses.ModelClass;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Response;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * check-sdk: compares each operation of the spec with Feishu's official Java SDK, a second
 * machine-readable source of the API that every build can reach offline (the doc site is not): the
 * path and query parameters, the request and response fields at any depth, their JSON types and,
 * where the SDK states them, their enum values. Each difference is one line like check-doc's: the
 * SDK class and field, the spec's JSON pointer, and what the SDK has that the spec has not ({@code
 * added}), what the spec has that the SDK has not ({@code removed}), or what differs ({@code
 * changed ... from <spec's> to <SDK's>}).
 *
 * <p>An operation is paired with the SDK method that sends the same HTTP method to the same path,
 * looked up among the resource classes of the service and version the path names ({@code
 * /open-apis/hire/v1/...}: {@code com.lark.oapi.service.hire.v1.resource}). What the SDK does not
 * state is not compared and is counted in the summary: required flags, formats, and enum values
 * where it has no enum class for a field.
 */
public final class SdkCheck {
  /** The goal's name in reports. */
  public static final String NAME = "check-sdk";

  /**
   * What to compare.
   *
   * @param spec the OpenAPI file
   * @param sdk the SDK jar
   * @param baseDir reports name files relative to it
   */
  public record Config(Path spec, SdkArtifact sdk, Path baseDir) {
    public Config {
      Objects.requireNonNull(spec, "spec == null");
      Objects.requireNonNull(sdk, "sdk == null");
      Objects.requireNonNull(baseDir, "baseDir == null");
    }
  }

  /**
   * A field of one side, by dotted path.
   *
   * @param type its JSON type, empty when unknown
   * @param enumValues its enum values, or null when the side states none
   * @param where the spec's pointer of the property, or the SDK's {@code Class.field}
   * @param schema the spec's pointer of its (resolved) schema; null on the SDK side
   * @param holder what holds its fields: the spec's object (or array items) schema pointer, the
   *     SDK's model class; null for a plain value
   */
  private record Flat(
      String type, List<String> enumValues, String where, String schema, String holder) {}

  private final ContractModel model;
  private final SdkClasses sdk;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, List<Endpoint>> endpoints = new HashMap<>();
  private int enumsUnstated;

  private SdkCheck(ContractModel model, SdkClasses sdk) {
    this.model = model;
    this.sdk = sdk;
  }

  /** Reads the spec and the SDK jar and compares them. */
  public static CheckReport run(Config config) {
    Objects.requireNonNull(config, "config == null");
    String specName = InputFiles.display(config.baseDir(), config.spec());
    SpecDocument spec = SpecDocument.read(config.spec(), specName);
    try (SdkClasses classes = SdkClasses.open(config.sdk().jar())) {
      SdkCheck check = new SdkCheck(spec.model(), classes);
      List<Operation> operations = spec.model().operations();
      operations.forEach(check::operation);
      int n = check.findings.size();
      String summary =
          n
              + (n == 1 ? " difference" : " differences")
              + " between "
              + specName
              + " and "
              + config.sdk()
              + " in "
              + operations.size()
              + (operations.size() == 1 ? " operation" : " operations")
              + (check.enumsUnstated == 0
                  ? ""
                  : "; not compared: the enum values of "
                      + check.enumsUnstated
                      + (check.enumsUnstated == 1 ? " field" : " fields")
                      + " (the SDK states none for them), required flags and formats (the SDK"
                      + " states neither)");
      return new CheckReport(NAME, summary, check.findings);
    }
  }

  private void operation(Operation op) {
    String[] segments = op.path().split("/");
    String label = op.method() + " " + op.path();
    if (segments.length < 4 || !segments[1].equals("open-apis")) {
      findings.add(
          new Finding(
              "SDK",
              op.pointer(),
              "unknown operation "
                  + label
                  + ": the SDK's resources are found by the path's service and version"
                  + " (/open-apis/<service>/<version>/...), and this path has none"));
      return;
    }
    String resources = "com/lark/oapi/service/" + segments[2] + "/" + segments[3] + "/resource/";
    Endpoint endpoint =
        endpoints.computeIfAbsent(resources, sdk::endpoints).stream()
            .filter(e -> e.method().equals(op.method()) && e.path().equals(op.path()))
            .findFirst()
            .orElse(null);
    if (endpoint == null) {
      findings.add(
          new Finding(
              resources.replace('/', '.').substring(0, resources.length() - 1),
              op.pointer(),
              "removed operation "
                  + label
                  + ": no SDK method sends "
                  + op.method()
                  + " to this path"));
      return;
    }
    ModelClass request = sdk.model(endpoint.request()).orElse(null);
    parameters(op, "path", endpoint, request);
    parameters(op, "query", endpoint, request);
    Map<String, Flat> sdkRequest = new LinkedHashMap<>();
    Field bodyField =
        request == null
            ? null
            : request.fields().stream()
                .filter(f -> f.role().equals("body"))
                .findFirst()
                .orElse(null);
    if (bodyField != null) {
      sdkFields(bodyField.type().getInternalName(), "", sdkRequest, 0);
    }
    Map<String, Flat> specRequest = new LinkedHashMap<>();
    String requestRoot = null;
    if (op.requestBody().isPresent()) {
      Schema schema = model.resolve(op.requestBody().get().schema());
      requestRoot = schema.pointer();
      specFields(schema, "", specRequest, 0);
    }
    compare(
        "request field",
        specRequest,
        sdkRequest,
        requestRoot,
        bodyField == null ? binary(endpoint.request()) : binary(bodyField.type()));

    Map<String, Flat> specResponse = new LinkedHashMap<>();
    String responseRoot = null;
    Optional<Body> answer =
        op.responses().values().stream()
            .filter(r -> r.status().startsWith("2"))
            .findFirst()
            .flatMap(Response::content);
    if (answer.isPresent()) {
      Schema schema = model.resolve(answer.get().schema());
      responseRoot = schema.pointer();
      specFields(schema, "", specResponse, 0);
    }
    Map<String, Flat> sdkResponse = new LinkedHashMap<>();
    ModelClass response = sdk.model(endpoint.response()).orElse(null);
    String responseClass = binary(endpoint.response());
    if (response != null && response.responseData() != null) {
      sdkResponse.put("code", new Flat("integer", null, BASE_FIELD + "code", null, null));
      sdkResponse.put("msg", new Flat("string", null, BASE_FIELD + "msg", null, null));
      String data = response.responseData();
      // EmptyData: a data object with nothing in it, which a spec without data states as well
      if (!data.equals(SdkClasses.EMPTY_DATA) || specResponse.containsKey("data")) {
        sdkResponse.put("data", new Flat("object", null, BASE_FIELD + "data", null, binary(data)));
        sdkFields(data, "data.", sdkResponse, 0);
      }
    }
    compare("response field", specResponse, sdkResponse, responseRoot, responseClass);
  }

  private static final String BASE_FIELD = SdkClasses.BASE_RESPONSE.replace('/', '.') + ".";

  private void parameters(Operation op, String in, Endpoint endpoint, ModelClass request) {
    Map<String, Flat> spec = new LinkedHashMap<>();
    for (Parameter p : op.parameters()) {
      if (p.in().equals(in)) {
        Schema schema = model.resolve(p.schema());
        spec.put(
            p.name(),
            new Flat(
                schema.type(), enumValues(schema), p.pointer(), p.pointer() + "/schema", null));
      }
    }
    Map<String, Flat> sdkSide = new LinkedHashMap<>();
    String requestClass = binary(endpoint.request());
    if (request != null) {
      for (Field f : request.fields()) {
        if (f.role().equals(in)) {
          sdkSide.put(
              f.jsonName(),
              new Flat(
                  jsonType(f.type(), f.generic()),
                  sdk.enumValues(request.name(), f.javaName()).orElse(null),
                  requestClass + "." + f.javaName(),
                  null,
                  null));
        }
      }
    }
    compare(in + " parameter", spec, sdkSide, op.pointer() + "/parameters", requestClass);
  }

  private void compare(
      String what, Map<String, Flat> spec, Map<String, Flat> sdkSide, String root, String owner) {
    for (var entry : sdkSide.entrySet()) {
      String path = entry.getKey();
      Flat s = entry.getValue();
      Flat declared = spec.get(path);
      if (declared == null) {
        findings.add(
            new Finding(
                s.where(),
                parentPointer(path, spec, root),
                "added " + what + " " + path + " (" + s.type() + ")"));
        continue;
      }
      String name = what + " " + path;
      if (!s.type().isEmpty() && !declared.type().isEmpty() && !s.type().equals(declared.type())) {
        findings.add(
            new Finding(
                s.where(),
                declared.schema() + "/type",
                "changed type of " + name + " from " + declared.type() + " to " + s.type()));
      }
      enums(name, declared, s);
    }
    for (var entry : spec.entrySet()) {
      if (!sdkSide.containsKey(entry.getKey())) {
        String parent = parentOf(entry.getKey());
        Flat holder = parent == null ? null : sdkSide.get(parent);
        findings.add(
            new Finding(
                holder == null || holder.holder() == null ? owner : holder.holder(),
                entry.getValue().where(),
                "removed " + what + " " + entry.getKey()));
      }
    }
  }

  private void enums(String name, Flat spec, Flat sdkSide) {
    if (spec.enumValues() == null) {
      return;
    }
    if (sdkSide.enumValues() == null) {
      enumsUnstated++;
      return;
    }
    String pointer = spec.schema() + "/enum";
    for (String v : sdkSide.enumValues()) {
      if (!spec.enumValues().contains(v)) {
        findings.add(
            new Finding(sdkSide.where(), pointer, "added enum value \"" + v + "\" of " + name));
      }
    }
    for (String v : spec.enumValues()) {
      if (!sdkSide.enumValues().contains(v)) {
        findings.add(
            new Finding(sdkSide.where(), pointer, "removed enum value \"" + v + "\" of " + name));
      }
    }
  }

  private static String parentOf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : path.substring(0, dot);
  }

  private static String parentPointer(String path, Map<String, Flat> spec, String root) {
    String parent = parentOf(path);
    if (parent == null) {
      return (root == null ? "#" : root) + "/properties";
    }
    Flat holder = spec.get(parent);
    return holder == null || holder.holder() == null
        ? parentPointer(parent, spec, root)
        : holder.holder() + "/properties";
  }

  private void specFields(Schema schema, String prefix, Map<String, Flat> into, int depth) {
    if (depth > 16) {
      return;
    }
    for (var entry : schema.properties().entrySet()) {
      Schema property = model.resolve(entry.getValue());
      String path = prefix + entry.getKey();
      String pointer = schema.pointer() + "/properties/" + ContractModel.escape(entry.getKey());
      String type =
          property.type() == null
              ? (property.properties().isEmpty() ? "" : "object")
              : property.type();
      String holder = type.equals("object") ? property.pointer() : null;
      Schema items =
          type.equals("array") && property.items() != null ? model.resolve(property.items()) : null;
      if (items != null && !items.properties().isEmpty()) {
        holder = items.pointer();
      }
      into.put(path, new Flat(type, enumValues(property), pointer, property.pointer(), holder));
      if (type.equals("object")) {
        specFields(property, path + ".", into, depth + 1);
      } else if (holder != null) {
        specFields(items, path + ".", into, depth + 1);
      }
    }
  }

  private static List<String> enumValues(Schema schema) {
    if (schema.enumValues() == null || schema.enumValues().isEmpty()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Object v : schema.enumValues()) {
      values.add(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
    }
    return values;
  }

  private void sdkFields(String internalName, String prefix, Map<String, Flat> into, int depth) {
    if (depth > 16) {
      return;
    }
    ModelClass model = sdk.model(internalName).orElse(null);
    if (model == null) {
      return;
    }
    String owner = binary(internalName);
    Set<String> seen = new HashSet<>();
    for (Field f : model.fields()) {
      if (!seen.add(f.jsonName())) {
        continue;
      }
      String path = prefix + f.jsonName();
      String type = jsonType(f.type(), f.generic());
      String child = childClass(f.type(), f.generic());
      into.put(
          path,
          new Flat(
              type,
              sdk.enumValues(internalName, f.javaName()).orElse(null),
              owner + "." + f.javaName(),
              null,
              child == null ? null : binary(child)));
      if (child != null) {
        sdkFields(child, path + ".", into, depth + 1);
      }
    }
  }

  /** The SDK model class a field's value (or array element) is, or null for a plain value. */
  private String childClass(Type type, String generic) {
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    if (element.getSort() == Type.OBJECT && element.getInternalName().equals("java/util/List")) {
      String argument = generic == null ? null : generic.replaceAll(".*<L([^;<>]+);>.*", "$1");
      return argument != null && argument.startsWith("com/lark/oapi/") ? argument : null;
    }
    return element.getSort() == Type.OBJECT
            && element.getInternalName().startsWith("com/lark/oapi/")
        ? element.getInternalName()
        : null;
  }

  /** The JSON type of a Java field: string, integer, number, boolean, array or object. */
  static String jsonType(Type type, String generic) {
    if (type.getSort() == Type.ARRAY) {
      return "array";
    }
    return switch (type.getSort()) {
      case Type.INT, Type.LONG, Type.SHORT, Type.BYTE -> "integer";
      case Type.FLOAT, Type.DOUBLE -> "number";
      case Type.BOOLEAN -> "boolean";
      case Type.OBJECT ->
          switch (type.getInternalName()) {
            case "java/lang/String" -> "string";
            case "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte" ->
                "integer";
            case "java/lang/Double", "java/lang/Float", "java/math/BigDecimal" -> "number";
            case "java/lang/Boolean" -> "boolean";
            case "java/util/List", "java/util/Set" -> "array";
            case "java/lang/Object" -> "";
            default -> "object";
          };
      default -> "";
    };
  }

  private static String binary(Type type) {
    return type.getSort() == Type.OBJECT ? binary(type.getInternalName()) : type.getClassName();
  }

  private static String binary(String internalName) {
    return internalName.replace('/', '.');
  }
}
