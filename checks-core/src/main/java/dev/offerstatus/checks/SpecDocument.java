package dev.offerstatus.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.InvalidSpecException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An OpenAPI document as the checks read it: its text, its YAML tree (by {@link
 * ContractModel#readTree}, the spec's one YAML reader: YAML 1.2, aliases expanded within bounds)
 * for the parsers that take a tree, and its typed facts, each with its JSON pointer and line, from
 * {@link #model()}; no check walks the tree itself.
 */
public final class SpecDocument {
  private final String name;
  private final String text;
  private final JsonNode root;
  private volatile ContractModel model;

  private SpecDocument(String name, String text, JsonNode root) {
    this.name = name;
    this.text = text;
    this.root = root;
  }

  /**
   * Reads a spec file; {@code name} is how reports call it (e.g. a path relative to the project).
   */
  public static SpecDocument read(Path file, String name) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(name, "name == null");
    return parse(readText(file, name, "spec"), name);
  }

  /**
   * Parses spec text; a YAML error becomes a {@link CheckInputException} naming line and column.
   */
  public static SpecDocument parse(String text, String name) {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(name, "name == null");
    JsonNode root;
    try {
      root = ContractModel.readTree(text, ContractModel.DEFAULT_LIMITS);
    } catch (InvalidSpecException e) {
      throw problem(e, name);
    }
    if (!root.has("openapi") || !root.path("paths").isObject()) {
      throw new CheckInputException(
          name + ":1: not an OpenAPI 3 document (it needs 'openapi' and 'paths' at the top)");
    }
    return new SpecDocument(name, text, root);
  }

  /**
   * Reads a UTF-8 text file; a missing, non-UTF-8 or unreadable file is a {@link
   * CheckInputException} naming it as {@code what} ("spec", "previous spec") and {@code name}.
   */
  public static String readText(Path file, String name, String what) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CheckInputException(what + " file " + name + " does not exist", e);
    } catch (MalformedInputException e) {
      throw new CheckInputException(what + " file " + name + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new CheckInputException("cannot read " + what + " file " + name + ": " + e, e);
    }
  }

  /**
   * A spec the contract model refuses, as a {@link CheckInputException}: {@code name:line:col:
   * malformed YAML: ...} for YAML syntax, {@code name: #/pointer: ...} for a fact of the wrong
   * shape, {@code name: ...} for a limit.
   */
  static CheckInputException problem(InvalidSpecException e, String name) {
    if (e.yamlProblem() != null) {
      return new CheckInputException(
          name + ":" + e.line() + ":" + e.column() + ": malformed YAML: " + e.yamlProblem(), e);
    }
    if (e.getMessage().startsWith("The spec is not an OpenAPI document")) {
      return new CheckInputException(
          name + ":1: not an OpenAPI document (no YAML mapping at the top)", e);
    }
    return new CheckInputException(name + ": " + e.getMessage(), e);
  }

  /**
   * The typed contract model of this spec (read on first use), for checks that need its facts
   * rather than its tree: x-contract-rules, error codes with kinds, scopes.
   *
   * @throws CheckInputException naming the pointer of a fact the model refuses
   */
  public ContractModel model() {
    ContractModel m = model;
    if (m == null) {
      try {
        m = ContractModel.parse(text, ContractModel.DEFAULT_LIMITS);
      } catch (InvalidSpecException e) {
        throw problem(e, name);
      }
      model = m;
    }
    return m;
  }

  /** How reports call this spec. */
  public String name() {
    return name;
  }

  /** The spec's text as read. */
  public String text() {
    return text;
  }

  /** The whole YAML tree. */
  public JsonNode root() {
    return root;
  }

  /** Escapes one JSON pointer segment ({@code ~} and {@code /}). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
