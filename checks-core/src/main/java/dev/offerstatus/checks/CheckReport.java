package dev.offerstatus.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one check found, with a one-line summary; written as a machine-readable JSON report.
 *
 * @param check the goal name, e.g. {@code check-doc}
 * @param summary one sentence, e.g. {@code 2 differences between openapi.yaml and 1 doc page}
 * @param findings the problems, in report order; empty when the check passed
 */
public record CheckReport(String check, String summary, List<Finding> findings) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public CheckReport {
    Objects.requireNonNull(check, "check == null");
    Objects.requireNonNull(summary, "summary == null");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings == null"));
  }

  /** True when the check found nothing. */
  public boolean passed() {
    return findings.isEmpty();
  }

  /** The report as JSON: check, passed, summary and the findings with their report lines. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("check", check);
    root.put("passed", passed());
    root.put("summary", summary);
    ArrayNode items = root.putArray("findings");
    for (Finding finding : findings) {
      items
          .addObject()
          .put("location", finding.location())
          .put("pointer", finding.pointer())
          .put("message", finding.message())
          .put("line", finding.toString());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize the " + check + " report", e);
    }
  }

  /** Writes {@link #toJson()} to {@code file}, creating its directory. */
  public void writeJson(Path file) {
    Objects.requireNonNull(file, "file == null");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, toJson());
    } catch (IOException e) {
      throw new CheckInputException("cannot write the " + check + " report " + file + ": " + e, e);
    }
  }
}
