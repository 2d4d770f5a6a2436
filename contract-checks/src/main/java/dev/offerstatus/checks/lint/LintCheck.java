package dev.offerstatus.checks.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecDocument.Located;
import dev.offerstatus.checks.SpecDocument.SpecOperation;
import dev.offerstatus.checks.SpecRules;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.Operation;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The spec lint: the spec parses with no error or warning; every example (request, response, named)
 * validates against its schema and the cross-field rules; every operation has an operationId, a
 * description and its error responses.
 */
public final class LintCheck {
  /** The check's name in reports. */
  public static final String NAME = "lint";

  private static final String SCHEMAS = "#/components/schemas/";

  /**
   * What to lint.
   *
   * @param spec the OpenAPI file
   * @param baseDir reports name files relative to it
   * @param locale the language of rule messages
   */
  public record Config(Path spec, Path baseDir, Locale locale) {
    public Config {
      Objects.requireNonNull(spec, "spec == null");
      Objects.requireNonNull(baseDir, "baseDir == null");
      Objects.requireNonNull(locale, "locale == null");
    }
  }

  private LintCheck() {}

  /** Reads and lints the spec of {@code config}. */
  public static CheckReport run(Config config) {
    Objects.requireNonNull(config, "config == null");
    return lint(
        SpecDocument.read(config.spec(), InputFiles.display(config.baseDir(), config.spec())),
        config.locale());
  }

  /** Lints an already read spec. */
  public static CheckReport lint(SpecDocument spec, Locale locale) {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(locale, "locale == null");
    List<Finding> findings = new ArrayList<>();
    // The rules (Hibernate Validator bootstrap) build on a second thread while swagger-parser
    // checks the already parsed tree: on a cold JVM the two class-loading bills overlap.
    FutureTask<OfferStatusRules> building = new FutureTask<>(() -> SpecRules.of(spec));
    Thread builder = new Thread(building, "offer-status-lint-rules");
    builder.setDaemon(true);
    builder.start();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIDeserializer().deserialize(spec.root(), null, options);
    if (parsed.getOpenAPI() != null) {
      new OpenAPIResolver(parsed.getOpenAPI(), null, null).resolve(parsed);
    }
    if (parsed.getMessages() != null) {
      parsed
          .getMessages()
          .forEach(m -> findings.add(new Finding(spec.name(), "", "swagger-parser: " + m)));
    }
    OfferStatusRules rules = await(building);
    for (SpecOperation op : spec.operations()) {
      operation(spec, op, rules, locale, findings);
    }
    String summary =
        findings.size() + (findings.size() == 1 ? " problem" : " problems") + " in " + spec.name();
    return new CheckReport(NAME, summary, findings);
  }

  private static OfferStatusRules await(FutureTask<OfferStatusRules> building) {
    try {
      return building.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("building the rules failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the rules", e);
    }
  }

  private static void operation(
      SpecDocument spec,
      SpecOperation op,
      OfferStatusRules rules,
      Locale locale,
      List<Finding> out) {
    JsonNode node = op.node();
    if (node.path("operationId").asText("").isBlank()) {
      out.add(
          new Finding(
              spec.name(), op.pointer(), "operation " + op.label() + " has no operationId"));
    }
    if (node.path("description").asText("").isBlank()) {
      out.add(
          new Finding(
              spec.name(), op.pointer(), "operation " + op.label() + " has no description"));
    }
    JsonNode responses = node.path("responses");
    boolean errors = false;
    for (var it = responses.fieldNames(); it.hasNext(); ) {
      String status = it.next();
      errors |= status.startsWith("4") || status.startsWith("5");
    }
    if (!errors) {
      out.add(
          new Finding(
              spec.name(),
              op.pointer() + "/responses",
              "operation " + op.label() + " declares no error response (4xx or 5xx)"));
    }
    Operation typed =
        spec.model()
            .operation(op.method(), op.path())
            .orElseThrow(() -> new IllegalStateException("the model lacks " + op.label()));
    for (DeclaredErrorCode code : typed.errorCodes()) {
      String status = String.valueOf(code.httpStatus());
      if (!typed.responses().containsKey(status)) {
        out.add(
            new Finding(
                spec.name(),
                code.pointer(),
                "error code "
                    + code.code()
                    + " answers HTTP "
                    + status
                    + " but operation "
                    + op.label()
                    + " declares no "
                    + status
                    + " response"));
      }
    }
    Located body = spec.resolve(node.path("requestBody"), op.pointer() + "/requestBody");
    content(spec, body, rules, locale, out);
    for (var entry : responses.properties()) {
      content(
          spec,
          spec.resolve(
              entry.getValue(), op.pointer() + "/responses/" + SpecDocument.escape(entry.getKey())),
          rules,
          locale,
          out);
    }
  }

  private static void content(
      SpecDocument spec, Located holder, OfferStatusRules rules, Locale locale, List<Finding> out) {
    for (var media : holder.node().path("content").properties()) {
      String mediaPointer = holder.pointer() + "/content/" + SpecDocument.escape(media.getKey());
      JsonNode m = media.getValue();
      if (!m.has("example") && !m.has("examples")) {
        continue;
      }
      String ref = m.path("schema").path("$ref").asText("");
      if (!ref.startsWith(SCHEMAS)) {
        out.add(
            new Finding(
                spec.name(),
                mediaPointer + "/schema",
                "the schema is not a $ref to a named component schema, so its examples cannot be"
                    + " checked"));
        continue;
      }
      String schema = ref.substring(SCHEMAS.length());
      if (m.has("example")) {
        example(spec, schema, m.get("example"), mediaPointer + "/example", rules, locale, out);
      }
      for (var named : m.path("examples").properties()) {
        String pointer = mediaPointer + "/examples/" + SpecDocument.escape(named.getKey());
        Located example = spec.resolve(named.getValue(), pointer);
        if (!example.node().has("value")) {
          out.add(new Finding(spec.name(), pointer, "example " + named.getKey() + " has no value"));
          continue;
        }
        example(
            spec,
            schema,
            example.node().get("value"),
            example.pointer() + "/value",
            rules,
            locale,
            out);
      }
    }
  }

  private static void example(
      SpecDocument spec,
      String schema,
      JsonNode value,
      String pointer,
      OfferStatusRules rules,
      Locale locale,
      List<Finding> out) {
    List<Violation> violations;
    try {
      violations = rules.validateSchema(schema, value.toString(), locale);
    } catch (IllegalArgumentException e) {
      out.add(new Finding(spec.name(), pointer, "cannot check the example: " + e.getMessage()));
      return;
    }
    for (Violation v : violations) {
      out.add(new Finding(spec.name(), pointer, describe(v)));
    }
  }

  /** {@code path: message (rule id)}, the path left out when empty. */
  static String describe(Violation v) {
    return (v.path().isEmpty() ? "" : v.path() + ": ") + SpecRules.message(v);
  }
}
