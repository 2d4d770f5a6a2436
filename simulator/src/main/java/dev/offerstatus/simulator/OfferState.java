package dev.offerstatus.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The states an intern offer goes through in the simulator. */
public enum OfferState {
  /** 实习待入职, Feishu offer_status 11: confirm_onboarding and cancel_onboarding apply. */
  PENDING_ONBOARDING("pending_onboarding", 11),
  /** 实习已入职, Feishu offer_status 12: offboard applies. */
  ONBOARDED("onboarded", 12),
  /** 实习已离职, Feishu offer_status 13: final. */
  OFFBOARDED("offboarded", 13),
  /**
   * The intern's onboarding was cancelled: final. Feishu publishes no offer_status number for it.
   */
  ONBOARDING_CANCELLED("onboarding_cancelled", 0);

  private final String id;
  private final int offerStatus;

  OfferState(String id, int offerStatus) {
    this.id = id;
    this.offerStatus = offerStatus;
  }

  /** The name used in seed files and provider-state parameters, e.g. {@code pending_onboarding}. */
  public String id() {
    return id;
  }

  /** Feishu's {@code offer_status} number for this state, when Feishu publishes one. */
  public OptionalInt offerStatus() {
    return offerStatus == 0 ? OptionalInt.empty() : OptionalInt.of(offerStatus);
  }

  /**
   * Parses a state given by its id ({@code onboarded}) or its Feishu number ({@code 12}).
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static OfferState parse(String text) {
    if (text != null) {
      String trimmed = text.trim();
      for (OfferState state : values()) {
        if (state.id.equals(trimmed.toLowerCase(Locale.ROOT))
            || (state.offerStatus != 0 && String.valueOf(state.offerStatus).equals(trimmed))) {
          return state;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown offer state "
            + (text == null ? "null" : '"' + text + '"')
            + "; expected one of "
            + Arrays.stream(values())
                .map(
                    s ->
                        s.id
                            + s.offerStatus().stream()
                                .mapToObj(n -> " (" + n + ")")
                                .findFirst()
                                .orElse(""))
                .collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id + offerStatus().stream().mapToObj(n -> " (" + n + ")").findFirst().orElse("");
  }
}
