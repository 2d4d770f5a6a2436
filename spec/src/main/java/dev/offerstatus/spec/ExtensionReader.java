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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the spec's own extensions: an operation's {@code x-rate-limit}, {@code x-error-codes} (and
 * the root {@code x-platform-error-codes}), {@code x-upstream-doc}, {@code x-offer-transitions},
 * {@code x-pagination}, and the token endpoint's {@code x-token-operation} and {@code
 * x-token-policy}.
 */
final class ExtensionReader {
  private ExtensionReader() {}

  /** {@code x-rate-limit}: {@code per-second} required, {@code per-minute} optional. */
  static Optional<DeclaredRateLimit> rateLimit(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map with per-second (and per-minute), found " + describe(node) + ".");
    }
    Integer perSecond = optionalPositive(node, "per-second", pointer);
    if (perSecond == null) {
      throw InvalidSpecException.at(pointer + "/per-second", "a positive integer is required.");
    }
    Integer perMinute = optionalPositive(node, "per-minute", pointer);
    return Optional.of(
        new DeclaredRateLimit(
            perSecond, perMinute == null ? OptionalInt.empty() : OptionalInt.of(perMinute)));
  }

  /** {@code x-error-codes} or {@code x-platform-error-codes}: each code once, a known kind. */
  static List<DeclaredErrorCode> errorCodes(JsonNode node, String pointer) {
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
          ErrorKind kind =
              ErrorKind.byId(kindText)
                  .orElseThrow(
                      () ->
                          InvalidSpecException.at(
                              at + "/kind",
                              "unknown kind "
                                  + kindText
                                  + " (known kinds: "
                                  + ErrorKind.ids()
                                  + ")."));
          return new DeclaredErrorCode(
              code,
              status,
              kind,
              Objects.requireNonNullElse(optionalText(entry, "description", at), ""),
              Objects.requireNonNullElse(optionalText(entry, "advice", at), ""),
              at);
        });
  }

  /** {@code x-upstream-doc}: the page an operation was written from. */
  static Optional<UpstreamDoc> upstreamDoc(JsonNode node, String pointer) {
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
            text(node, "snapshot", pointer)));
  }

  /** {@code x-offer-transitions}, in spec order. */
  static List<OfferTransition> transitions(JsonNode node, String pointer) {
    return maps(
        node,
        pointer,
        "transitions",
        "a transition must be a map (operation, from, to).",
        (t, at) ->
            new OfferTransition(
                text(t, "operation", at),
                requiredInt(t, "from", at),
                requiredInt(t, "to", at),
                Optional.ofNullable(optionalText(t, "assumption", at))));
  }

  /** {@code x-pagination}: how to walk an operation's pages. */
  static Optional<Pagination> pagination(JsonNode node, String pointer) {
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
            text(node, "items", pointer)));
  }

  /** The operationId the first security scheme with {@code x-token-operation} names, or null. */
  static String tokenOperationId(JsonNode root, Map<String, Operation> ids) {
    String found = null;
    for (Map.Entry<String, JsonNode> scheme :
        root.path("components").path("securitySchemes").properties()) {
      String at = "#/components/securitySchemes/" + escape(scheme.getKey());
      String id = optionalText(scheme.getValue(), "x-token-operation", at);
      if (id == null) {
        continue;
      }
      if (!ids.containsKey(id)) {
        throw InvalidSpecException.at(
            at + "/x-token-operation",
            "no operation has the operationId " + id + " (it has: " + known(ids.keySet()) + ").");
      }
      if (found == null) {
        found = id;
      }
    }
    return found;
  }

  /** {@code x-token-policy} (the node at {@code pointer}), or null when it is missing. */
  static TokenPolicy tokenPolicy(JsonNode node, String pointer) {
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
    return new TokenPolicy(Duration.ofSeconds(max), Duration.ofSeconds(below));
  }
}
