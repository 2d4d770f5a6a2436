package dev.offerstatus.spec;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A read operation's {@code x-offer-lookup}: which offers it answers with and where they go, so a
 * stand-in provider can serve it without code per operation. A lookup either finds one offer (it
 * has an {@code answer} path and an {@code unknown-offer} code) or lists the offers of a page (the
 * operation has {@code x-pagination}, whose {@code items} says where they go; no offer matching is
 * an empty list, not an error).
 *
 * @param pointer its JSON pointer ({@code #/paths/.../get/x-offer-lookup})
 * @param parameter the path or query parameter whose value selects the offers
 * @param field the field of an offer (as the answers show it) that value must equal
 * @param answer where the one offer goes in the success body, a dotted path ({@code data.offer});
 *     empty for a paged list
 * @param unknownOffer the code an unknown offer is answered with; empty for a paged list
 * @param line its YAML line, or 0 when unknown
 */
public record OfferLookup(
    String pointer,
    String parameter,
    String field,
    Optional<String> answer,
    OptionalInt unknownOffer,
    int line) {
  /** Checks that nothing is null. */
  public OfferLookup {
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(parameter, "parameter == null");
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(unknownOffer, "unknownOffer == null");
  }

  /**
   * The {@code x-offer-lookup} of {@code operation} in {@code model}, checked: its parameter is a
   * path or query parameter of the operation, a one-offer lookup has {@code answer} and a declared
   * {@code unknown-offer} code, a paged one ({@code x-pagination}) has neither.
   *
   * @throws InvalidSpecException naming the pointer of what is wrong
   */
  public static Optional<OfferLookup> of(ContractModel model, Operation operation) {
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(operation, "operation == null");
    return OfferLookupReader.read(model, operation);
  }

  /** Whether it finds one offer (not a page of them). */
  public boolean single() {
    return answer.isPresent();
  }
}
