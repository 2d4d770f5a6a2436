package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Schema;
import dev.offerstatus.spec.StateMachine;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * An offer's state: its {@code offer_status}, a value of the schema the spec's {@code
 * x-offer-transitions} name as their {@code states} ({@code OfferStatus}, 1..13). Its name and
 * label are the spec's ({@code x-enum-varnames} in lower case, {@code x-enum-descriptions}); no
 * number is written here. Two states are equal when their numbers are.
 */
public final class OfferState {
  /** The states schema of the shipped spec: each number's name and label. */
  private static final class Names {
    static final Map<Integer, String> NAMES = new LinkedHashMap<>();
    static final Map<Integer, String> LABELS = new LinkedHashMap<>();

    static {
      ContractModel model = ContractModel.fromClasspath();
      Optional<Schema> states =
          model.stateMachines().values().stream()
              .map(StateMachine::states)
              .findFirst()
              .flatMap(model::schema);
      states.ifPresent(
          schema -> {
            for (Object value : schema.enumValues()) {
              int number = ((BigDecimal) value).intValueExact();
              schema
                  .enumName(value)
                  .ifPresent(name -> NAMES.put(number, name.toLowerCase(Locale.ROOT)));
              schema.enumLabel(value).ifPresent(label -> LABELS.put(number, label));
            }
          });
    }

    static OfferState named(String name) {
      return NAMES.entrySet().stream()
          .filter(e -> e.getValue().equals(name))
          .map(e -> new OfferState(e.getKey()))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "The spec's states have no value named " + name + ": " + NAMES));
    }
  }

  /** 实习待入职, {@code intern_pending_onboarding} (0.1 name {@code pending_onboarding}). */
  public static final OfferState PENDING_ONBOARDING = Names.named("intern_pending_onboarding");

  /** 实习已入职, {@code intern_onboarded} (0.1 name {@code onboarded}). */
  public static final OfferState ONBOARDED = Names.named("intern_onboarded");

  /** 实习已离职, {@code intern_offboarded} (0.1 name {@code offboarded}). */
  public static final OfferState OFFBOARDED = Names.named("intern_offboarded");

  /**
   * The state the spec assumes {@code cancel_onboarding} leads to, {@code candidate_rejected} (0.1
   * name {@code onboarding_cancelled}).
   */
  public static final OfferState ONBOARDING_CANCELLED = Names.named("candidate_rejected");

  /** The names seed files and provider states of version 0.1 used, still accepted. */
  private static final Map<String, OfferState> EARLIER_NAMES =
      Map.of(
          "pending_onboarding", PENDING_ONBOARDING,
          "onboarded", ONBOARDED,
          "offboarded", OFFBOARDED,
          "onboarding_cancelled", ONBOARDING_CANCELLED);

  private final int number;

  private OfferState(int number) {
    this.number = number;
  }

  /** The state whose {@code offer_status} is {@code number} (any number: a newer state too). */
  public static OfferState of(int number) {
    return new OfferState(number);
  }

  /** Its {@code offer_status}. */
  public int number() {
    return number;
  }

  /** Its {@code offer_status}, as version 0.1 gave it. */
  public OptionalInt offerStatus() {
    return OptionalInt.of(number);
  }

  /**
   * Its name in the spec ({@code x-enum-varnames} in lower case, e.g. {@code intern_onboarded}), or
   * its number when the spec names none.
   */
  public String id() {
    return Names.NAMES.getOrDefault(number, String.valueOf(number));
  }

  /** Its label in the spec ({@code x-enum-descriptions}), if any. */
  public Optional<String> label() {
    return Optional.ofNullable(Names.LABELS.get(number));
  }

  /**
   * Parses a state given by its number ({@code 12}), its name ({@code intern_onboarded}, any case)
   * or its name of version 0.1 ({@code onboarded}).
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static OfferState parse(String text) {
    if (text != null) {
      String trimmed = text.strip();
      if (trimmed.matches("[0-9]{1,9}")) {
        return new OfferState(Integer.parseInt(trimmed));
      }
      String name = trimmed.toLowerCase(Locale.ROOT);
      for (Map.Entry<Integer, String> e : Names.NAMES.entrySet()) {
        if (e.getValue().equals(name)) {
          return new OfferState(e.getKey());
        }
      }
      if (EARLIER_NAMES.containsKey(name)) {
        return EARLIER_NAMES.get(name);
      }
    }
    throw new IllegalArgumentException(
        "unknown offer state "
            + (text == null ? "null" : '"' + Echo.shortened(text) + '"')
            + "; expected an offer_status number or one of "
            + Names.NAMES.entrySet().stream()
                .map(e -> e.getValue() + " (" + e.getKey() + ")")
                .collect(Collectors.joining(", ")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfferState other && other.number == number;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(number);
  }

  /** {@code intern_onboarded (12)}. */
  @Override
  public String toString() {
    String name = id();
    return name.equals(String.valueOf(number)) ? name : name + " (" + number + ")";
  }
}
