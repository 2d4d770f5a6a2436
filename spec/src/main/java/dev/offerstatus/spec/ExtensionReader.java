package dev.offerstatus.spec;

import static dev.offerstatus.spec.ContractModel.escape;
import static dev.offerstatus.spec.SpecFields.describe;
import static dev.offerstatus.spec.SpecFields.known;
import static dev.offerstatus.spec.SpecFields.maps;
import static dev.offerstatus.spec.SpecFields.optionalPositive;
import static dev.offerstatus.spec.SpecFields.optionalText;
import static dev.offerstatus.spec.SpecFields.requiredInt;
import static dev.offerstatus.spec.SpecFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the spec's own extensions: an operation's {@code x-rate-limit}, {@code x-error-codes} (and
 * the root {@code x-platform-error-codes}), {@code x-upstream-doc}, {@code x-pagination}, and the
 * token endpoint's {@code x-token-operation} and {@code x-token-policy}.
 */
final class ExtensionReader {
  private ExtensionReader() {}

  /** The windows {@code x-rate-limit} may declare, by key. */
  private static final Map<String, Duration> WINDOWS = windows();

  private static Map<String, Duration> windows() {
    Map<String, Duration> windows = new LinkedHashMap<>();
    windows.put("per-second", Duration.ofSeconds(1));
    windows.put("per-minute", Duration.ofMinutes(1));
    windows.put("per-hour", Duration.ofHours(1));
    windows.put("per-day", Duration.ofDays(1));
    return Collections.unmodifiableMap(windows);
  }

  /**
   * {@code x-rate-limit}: any non-empty subset of the windows {@code per-second}, {@code
   * per-minute}, {@code per-hour}, {@code per-day}, each a positive integer; {@code scope} and
   * {@code doc} optional.
   */
  static Optional<DeclaredRateLimit> rateLimit(JsonNode node, String pointer, SpecLines lines) {
    if (node == null) {
      return Optional.empty();
    }
    String windowKeys = String.join(", ", WINDOWS.keySet());
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer,
          "must be a map of windows (" + windowKeys + ") to limits, found " + describe(node) + ".");
    }
    List<DeclaredRateLimit.Window> windows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      String at = pointer + "/" + ContractModel.escape(key);
      if (key.equals("scope") || key.equals("doc")) {
        optionalText(node, key, pointer);
        continue;
      }
      Duration length = WINDOWS.get(key);
      if (length == null) {
        throw InvalidSpecException.at(
            at, "unknown key " + key + " (known: " + windowKeys + ", scope, doc).");
      }
      Integer limit = optionalPositive(node, key, pointer);
      windows.add(new DeclaredRateLimit.Window(key, length, limit, at, lines.of(at)));
    }
    if (windows.isEmpty()) {
      throw InvalidSpecException.at(
          pointer, "at least one window (" + windowKeys + ") with a positive limit is required.");
    }
    return Optional.of(
        new DeclaredRateLimit(
            windows,
            Objects.requireNonNullElse(optionalText(node, "scope", pointer), ""),
            Objects.requireNonNullElse(optionalText(node, "doc", pointer), ""),
            pointer,
            lines.of(pointer)));
  }

  /** {@code x-error-codes} or {@code x-platform-error-codes}: each code once, a kebab-case kind. */
  static List<DeclaredErrorCode> errorCodes(JsonNode node, String pointer, SpecLines lines) {
    Set<Integer> seen = new HashSet<>();
    return maps(
        node,
        pointer,
        "error codes",
        "an error code must be a map.",
        (entry, at) -> {
          int code = requiredInt(entry, "code", at);
          if (!seen.add(code)) {
            throw InvalidSpecException.at(at + "/code", "code " + code + " is declared twice.");
          }
          int status = requiredInt(entry, "http-status", at);
          if (status < 100 || status > 599) {
            throw InvalidSpecException.at(
                at + "/http-status", "not an HTTP status: " + status + ".");
          }
          String kindText = text(entry, "kind", at);
          ErrorKind kind;
          try {
            kind = ErrorKind.of(kindText);
          } catch (IllegalArgumentException e) {
            throw InvalidSpecException.at(
                at + "/kind",
                "a kind is a lower-case kebab id like offer-not-found, found \""
                    + kindText
                    + "\".");
          }
          return new DeclaredErrorCode(
              code,
              status,
              kind,
              Objects.requireNonNullElse(optionalText(entry, "description", at), ""),
              Objects.requireNonNullElse(optionalText(entry, "advice", at), ""),
              at,
              lines.of(at));
        });
  }

  /** {@code x-upstream-doc}: the page an operation was written from. */
  static Optional<UpstreamDoc> upstreamDoc(JsonNode node, String pointer, SpecLines lines) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map (source_url, last_remote_update, snapshot).");
    }
    return Optional.of(
        new UpstreamDoc(
            text(node, "source_url", pointer),
            text(node, "last_remote_update", pointer),
            text(node, "snapshot", pointer),
            pointer,
            lines.of(pointer)));
  }

  /** {@code x-pagination}: how to walk an operation's pages. */
  static Optional<Pagination> pagination(JsonNode node, String pointer, SpecLines lines) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(pointer, "must be a map, found " + describe(node) + ".");
    }
    return Optional.of(
        new Pagination(
            text(node, "page-token-parameter", pointer),
            text(node, "page-size-parameter", pointer),
            text(node, "has-more", pointer),
            text(node, "next-page-token", pointer),
            text(node, "items", pointer),
            pointer,
            lines.of(pointer)));
  }

  /** {@code x-required-headers}: a map from header names to the values the page gives. */
  static List<RequiredHeader> requiredHeaders(JsonNode node, String pointer, SpecLines lines) {
    if (node == null) {
      return List.of();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map of header names to values, found " + describe(node) + ".");
    }
    List<RequiredHeader> headers = new ArrayList<>();
    for (Map.Entry<String, JsonNode> h : node.properties()) {
      String at = pointer + "/" + ContractModel.escape(h.getKey());
      if (!h.getValue().isTextual()) {
        throw InvalidSpecException.at(
            at, "a header value must be a string, found " + describe(h.getValue()) + ".");
      }
      headers.add(new RequiredHeader(h.getKey(), h.getValue().textValue(), at, lines.of(at)));
    }
    return List.copyOf(headers);
  }

  /**
   * {@code x-field-scopes}: fields or a parameter value, and the scopes any one of which they need.
   */
  static List<FieldScope> fieldScopes(JsonNode node, String pointer, SpecLines lines) {
    return maps(
        node,
        pointer,
        "field scopes",
        "a field scope must be a map (fields or when, any-of).",
        (entry, at) -> {
          Optional<FieldScope.When> when = Optional.empty();
          JsonNode w = entry.get("when");
          if (w != null) {
            if (!w.isObject()) {
              throw InvalidSpecException.at(
                  at + "/when", "must be a map (parameter, equals), found " + describe(w) + ".");
            }
            when =
                Optional.of(
                    new FieldScope.When(
                        text(w, "parameter", at + "/when"), text(w, "equals", at + "/when")));
          }
          List<String> fields = SpecFields.strings(entry.get("fields"), at + "/fields", "fields");
          if (fields.isEmpty() && when.isEmpty()) {
            throw InvalidSpecException.at(at, "give fields, a when condition or both.");
          }
          List<String> anyOf = SpecFields.strings(entry.get("any-of"), at + "/any-of", "scopes");
          if (anyOf.isEmpty()) {
            throw InvalidSpecException.at(
                at + "/any-of", "a non-empty list of scopes is required.");
          }
          return new FieldScope(
              Objects.requireNonNullElse(optionalText(entry, "description", at), ""),
              fields,
              when,
              anyOf,
              at,
              lines.of(at));
        });
  }

  /** The security schemes of {@code #/components/securitySchemes}, with their extensions. */
  static List<SecurityScheme> securitySchemes(
      JsonNode root, Map<String, Operation> ids, SpecLines lines) {
    List<SecurityScheme> schemes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> scheme :
        root.path("components").path("securitySchemes").properties()) {
      String at = "#/components/securitySchemes/" + escape(scheme.getKey());
      JsonNode node = scheme.getValue();
      List<SecurityScheme.Scope> scopes = new ArrayList<>();
      JsonNode declared = node.get("x-scopes");
      if (declared != null && !declared.isObject()) {
        throw InvalidSpecException.at(
            at + "/x-scopes",
            "must be a map of scopes to their titles, found " + describe(declared) + ".");
      }
      if (declared != null) {
        for (Map.Entry<String, JsonNode> scope : declared.properties()) {
          String scopeAt = at + "/x-scopes/" + escape(scope.getKey());
          if (!scope.getValue().isTextual()) {
            throw InvalidSpecException.at(
                scopeAt,
                "a scope's title must be a string, found " + describe(scope.getValue()) + ".");
          }
          scopes.add(
              new SecurityScheme.Scope(
                  scope.getKey(), scope.getValue().textValue(), scopeAt, lines.of(scopeAt)));
        }
      }
      String tokenOperation = optionalText(node, "x-token-operation", at);
      if (tokenOperation != null && !ids.containsKey(tokenOperation)) {
        throw InvalidSpecException.at(
            at + "/x-token-operation",
            "no operation has the operationId "
                + tokenOperation
                + " (it has: "
                + known(ids.keySet())
                + ").");
      }
      schemes.add(
          new SecurityScheme(
              scheme.getKey(),
              Objects.requireNonNullElse(optionalText(node, "type", at), ""),
              Objects.requireNonNullElse(optionalText(node, "scheme", at), ""),
              Optional.ofNullable(tokenOperation),
              scopes,
              at,
              lines.of(at)));
    }
    return List.copyOf(schemes);
  }

  /** {@code x-token-policy} (the node at {@code pointer}), or null when it is missing. */
  static TokenPolicy tokenPolicy(JsonNode node, String pointer, SpecLines lines) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map (max-lifetime-seconds, reissue-below-seconds).");
    }
    Integer max = optionalPositive(node, "max-lifetime-seconds", pointer);
    Integer below = optionalPositive(node, "reissue-below-seconds", pointer);
    if (max == null) {
      throw InvalidSpecException.at(
          pointer + "/max-lifetime-seconds", "a positive integer is required.");
    }
    if (below == null || below > max) {
      throw InvalidSpecException.at(
          pointer + "/reissue-below-seconds",
          "a positive integer not above max-lifetime-seconds is required.");
    }
    return new TokenPolicy(
        Duration.ofSeconds(max), Duration.ofSeconds(below), pointer, lines.of(pointer));
  }
}
