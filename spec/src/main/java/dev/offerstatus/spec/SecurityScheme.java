package dev.offerstatus.spec;

import java.util.List;
import java.util.Optional;

/**
 * A security scheme of {@code #/components/securitySchemes}, with the spec's extensions.
 *
 * @param name its key
 * @param type {@code type}, e.g. {@code http}
 * @param scheme {@code scheme}, e.g. {@code bearer}, or empty
 * @param tokenOperation {@code x-token-operation}: the operationId that issues its tokens
 * @param scopes {@code x-scopes}: every scope named, with the page's wording
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record SecurityScheme(
    String name,
    String type,
    String scheme,
    Optional<String> tokenOperation,
    List<Scope> scopes,
    String pointer,
    int line) {
  /** Copies the scopes. */
  public SecurityScheme {
    scopes = List.copyOf(scopes);
  }

  /**
   * One entry of {@code x-scopes}.
   *
   * @param name the scope, e.g. {@code hire:offer}
   * @param title the page's wording, e.g. {@code 更新 offer 信息 / update offer information}
   * @param pointer where it is declared
   * @param line its YAML line, or 0 when unknown
   */
  public record Scope(String name, String title, String pointer, int line) {}
}
