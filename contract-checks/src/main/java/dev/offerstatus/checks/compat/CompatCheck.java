package dev.offerstatus.checks.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecLimits;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.ResolverFully;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.openapitools.openapidiff.core.compare.OpenApiDiff;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.HtmlRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.openapitools.openapidiff.core.output.Render;

/**
 * The compatibility check: compares the spec with a previous version using openapi-diff, lists
 * every backward-incompatible change as a finding and writes Markdown and HTML change reports.
 */
public final class CompatCheck {
  /** The check's name in reports. */
  public static final String NAME = "check-compat";

  /**
   * A comparison's outcome.
   *
   * @param report the incompatible changes as findings
   * @param markdown the Markdown change report written
   * @param html the HTML change report written
   * @param changedOperations how many operations changed at all
   */
  public record Result(CheckReport report, Path markdown, Path html, int changedOperations) {}

  private CompatCheck() {}

  /**
   * Compares {@code current} with {@code previous} (spec texts with report names) and writes {@code
   * compat.md} and {@code compat.html} into {@code outputDirectory}.
   */
  public static Result compare(
      String previous,
      String previousName,
      String current,
      String currentName,
      Path outputDirectory) {
    return compare(
        previous, previousName, current, currentName, outputDirectory, SpecLimits.DEFAULT);
  }

  /**
   * As {@link #compare(String, String, String, String, Path)}, with {@code limits} checked on both
   * texts before anything parses them (size, expanded YAML aliases) and on the trees swagger-parser
   * builds before it resolves them (external {@code $ref}s).
   */
  public static Result compare(
      String previous,
      String previousName,
      String current,
      String currentName,
      Path outputDirectory,
      SpecLimits limits) {
    Objects.requireNonNull(previous, "previous == null");
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(outputDirectory, "outputDirectory == null");
    Objects.requireNonNull(limits, "limits == null");
    limits.check(previous, previousName);
    limits.check(current, currentName);
    SpecDocument previousDocument = SpecDocument.parse(previous, previousName);
    SpecDocument currentDocument = SpecDocument.parse(current, currentName);
    OpenAPI previousApi = read(previous, previousName, limits);
    OpenAPI currentApi = read(current, currentName, limits);
    previousDocument.model(); // the extensions are compared as the contract model reads them:
    currentDocument.model(); // a spec it refuses is refused before the diff runs
    ChangedOpenApi diff =
        OpenApiDiff.compare(previousApi, currentApi, OpenApiDiffOptions.builder().build());
    List<Finding> findings = new ArrayList<>();
    for (Endpoint missing : diff.getMissingEndpoints()) {
      String pointer = pointer(missing.getPathUrl(), missing.getMethod().name());
      findings.add(
          new Finding(
              located(previousDocument, pointer),
              pointer,
              "removed operation " + missing.getMethod() + " " + missing.getPathUrl()));
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      String label = op.getHttpMethod() + " " + op.getPathUrl();
      String pointer = pointer(op.getPathUrl(), op.getHttpMethod().name());
      incompatible(
          findings,
          currentDocument,
          pointer + "/parameters",
          op.getParameters(),
          "parameters",
          label);
      incompatible(
          findings,
          currentDocument,
          pointer + "/requestBody",
          op.getRequestBody(),
          "request body",
          label);
      incompatible(
          findings,
          currentDocument,
          pointer + "/responses",
          op.getApiResponses(),
          "responses",
          label);
      incompatible(
          findings,
          currentDocument,
          pointer + "/security",
          op.getSecurityRequirements(),
          "security requirements",
          label);
    }
    ExtensionCompat.compare(previousDocument, currentDocument, findings);
    Path markdown = outputDirectory.resolve("compat.md");
    Path html = outputDirectory.resolve("compat.html");
    write(new MarkdownRender(), diff, markdown);
    write(new HtmlRender(), diff, html);
    String summary =
        findings.size()
            + (findings.size() == 1
                ? " backward-incompatible change"
                : " backward-incompatible changes")
            + " from "
            + previousName
            + " to "
            + currentName
            + " ("
            + diff.getChangedOperations().size()
            + " changed, "
            + diff.getNewEndpoints().size()
            + " new, "
            + diff.getMissingEndpoints().size()
            + " removed operations)";
    return new Result(
        new CheckReport(NAME, summary, findings),
        markdown,
        html,
        diff.getChangedOperations().size());
  }

  /** Reads {@code entry} (e.g. {@code META-INF/offer-status-kit/openapi.yaml}) from a spec jar. */
  public static String readFromJar(Path jar, String entry, String label) {
    Objects.requireNonNull(jar, "jar == null");
    Objects.requireNonNull(entry, "entry == null");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry found = zip.getEntry(entry);
      if (found == null) {
        throw new CheckInputException(label + " (" + jar.getFileName() + ") has no " + entry);
      }
      try (InputStream in = zip.getInputStream(found)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new CheckInputException("cannot read " + entry + " from " + label + ": " + e, e);
    }
  }

  private static void incompatible(
      List<Finding> out,
      SpecDocument spec,
      String pointer,
      Changed changed,
      String what,
      String label) {
    if (changed != null && changed.isIncompatible()) {
      out.add(
          new Finding(
              located(spec, pointer),
              pointer,
              "backward-incompatible change of the " + what + " of " + label));
    }
  }

  /** {@code name:line} of the node at {@code pointer}, or {@code name} when the text has none. */
  private static String located(SpecDocument spec, String pointer) {
    return ExtensionCompat.at(spec, spec.model().line(pointer));
  }

  private static String pointer(String path, String method) {
    return "#/paths/" + SpecDocument.escape(path) + "/" + method.toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code text} as swagger-parser would, but with the reference check in between: the tree
   * swagger-parser builds (its own YAML or JSON reader) is checked by {@link
   * SpecLimits#checkReferences} and then that very tree is deserialized and resolved, so no
   * spelling of a {@code $ref} reaches the resolver unchecked.
   */
  private static OpenAPI read(String text, String name, SpecLimits limits) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult problems = new SwaggerParseResult();
    JsonNode tree;
    try {
      tree = DeserializationUtils.deserializeIntoTree(text, null, options, problems);
    } catch (RuntimeException e) {
      throw new CheckInputException(
          name + ": not an OpenAPI document: " + (e.getCause() != null ? e.getCause() : e), e);
    }
    if (tree == null || (problems.getMessages() != null && !problems.getMessages().isEmpty())) {
      throw new CheckInputException(
          name
              + ": not an OpenAPI document: "
              + (problems.getMessages() == null
                  ? "nothing to read"
                  : String.join("; ", problems.getMessages())));
    }
    limits.checkReferences(tree, name);
    SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(null, tree, options);
    if (result.getOpenAPI() == null) {
      throw new CheckInputException(
          name + ": not an OpenAPI document: " + String.join("; ", result.getMessages()));
    }
    // as OpenAPIV3Parser.readContents resolves an OpenAPI 3.0 document
    new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), null, null, options)
        .resolve(result);
    new ResolverFully(options).resolveFully(result.getOpenAPI());
    return result.getOpenAPI();
  }

  private static void write(Render render, ChangedOpenApi diff, Path file) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
        render.render(diff, writer);
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes.toByteArray());
    } catch (IOException e) {
      throw new CheckInputException("cannot write the change report " + file + ": " + e, e);
    }
  }
}
