package dev.offerstatus.spec;

import static dev.offerstatus.spec.SpecFields.describe;
import static dev.offerstatus.spec.SpecFields.optionalInt;
import static dev.offerstatus.spec.SpecFields.optionalText;
import static dev.offerstatus.spec.SpecFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and checks an operation's {@code x-offer-lookup} (see {@link OfferLookup}). */
final class OfferLookupReader {
  private static final Set<String> KEYS = Set.of("parameter", "field", "answer", "unknown-offer");

  private OfferLookupReader() {}

  static Optional<OfferLookup> read(ContractModel model, Operation operation) {
    String pointer = operation.pointer() + "/x-offer-lookup";
    JsonNode node = model.document().at(operation.pointer().substring(1)).get("x-offer-lookup");
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map (parameter, field, ...), found " + describe(node) + ".");
    }
    for (String key : (Iterable<String>) () -> node.fieldNames()) {
      if (!KEYS.contains(key)) {
        throw InvalidSpecException.at(
            pointer + "/" + key,
            "unknown key; x-offer-lookup has "
                + KEYS.stream().sorted().collect(Collectors.joining(", "))
                + ".");
      }
    }
    String parameter = text(node, "parameter", pointer);
    boolean declared =
        operation.parameter(parameter).filter(p -> !p.in().equals("header")).isPresent();
    if (!declared) {
      throw InvalidSpecException.at(
          pointer + "/parameter",
          operation.label()
              + " has no path or query parameter "
              + parameter
              + " (it has: "
              + operation.parameters().stream()
                  .map(Parameter::name)
                  .collect(Collectors.joining(", "))
              + ").");
    }
    String field = text(node, "field", pointer);
    Optional<String> answer = Optional.ofNullable(optionalText(node, "answer", pointer));
    Integer unknownOffer = optionalInt(node, "unknown-offer", pointer);
    boolean paged = operation.pagination().isPresent();
    if (paged && (answer.isPresent() || unknownOffer != null)) {
      throw InvalidSpecException.at(
          pointer,
          "a paged operation (x-pagination) lists its offers at x-pagination's items and answers"
              + " no match with an empty list: answer and unknown-offer do not apply.");
    }
    if (!paged && (answer.isEmpty() || unknownOffer == null)) {
      throw InvalidSpecException.at(
          pointer,
          "an operation without x-pagination finds one offer: it needs answer (where the offer"
              + " goes) and unknown-offer (the code when there is none).");
    }
    if (unknownOffer != null && model.errorCode(operation, unknownOffer).isEmpty()) {
      throw InvalidSpecException.at(
          pointer + "/unknown-offer",
          "the code "
              + unknownOffer
              + " is declared neither in the operation's x-error-codes nor in"
              + " x-platform-error-codes.");
    }
    return Optional.of(
        new OfferLookup(
            pointer,
            parameter,
            field,
            answer,
            unknownOffer == null ? OptionalInt.empty() : OptionalInt.of(unknownOffer),
            model.line(pointer)));
  }
}
