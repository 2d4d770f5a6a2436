package dev.offerstatus.checks.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecRules;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.Example;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Response;
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
    for (Operation op : spec.model().operations()) {
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
      SpecDocument spec, Operation op, OfferStatusRules rules, Locale locale, List<Finding> out) {
    if (!op.hasOperationId()) {
      out.add(
          new Finding(
              spec.name(), op.pointer(), "operation " + op.label() + " has no operationId"));
    }
    if (op.description().isBlank()) {
      out.add(
          new Finding(
              spec.name(), op.pointer(), "operation " + op.label() + " has no description"));
    }
    if (op.responses().keySet().stream().noneMatch(s -> s.startsWith("4") || s.startsWith("5"))) {
      out.add(
          new Finding(
              spec.name(),
              op.pointer() + "/responses",
              "operation " + op.label() + " declares no error response (4xx or 5xx)"));
    }
    for (DeclaredErrorCode code : op.errorCodes()) {
      String status = String.valueOf(code.httpStatus());
      if (!op.responses().containsKey(status)) {
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
    op.requestBody().ifPresent(body -> content(spec, body, rules, locale, out));
    for (Response response : op.responses().values()) {
      response.content().ifPresent(body -> content(spec, body, rules, locale, out));
    }
  }

  private static void content(
      SpecDocument spec, Body body, OfferStatusRules rules, Locale locale, List<Finding> out) {
    if (body.examples().isEmpty() && body.examplesWithoutValue().isEmpty()) {
      return;
    }
    if (body.schemaName().isEmpty()) {
      out.add(
          new Finding(
              spec.name(),
              body.pointer() + "/schema",
              "the schema is not a $ref to a named component schema, so its examples cannot be"
                  + " checked"));
      return;
    }
    String schema = body.schemaName().get();
    for (Example example : body.examples().values()) {
      example(spec, schema, example.value(), example.pointer(), rules, locale, out);
    }
    for (String name : body.examplesWithoutValue()) {
      out.add(
          new Finding(
              spec.name(),
              body.pointer() + "/examples/" + SpecDocument.escape(name),
              "example " + name + " has no value"));
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
