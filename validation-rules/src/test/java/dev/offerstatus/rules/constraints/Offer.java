package dev.offerstatus.rules.constraints;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A bean of the fixture spec's {@code Offer} schema (found by its simple name). */
@RequiredWhen
@DateAfter
public class Offer {
  @JsonProperty("offer_status")
  public Integer offerStatus;

  @JsonProperty("channel")
  public String channel;

  @JsonProperty("expiration_date")
  public String expirationDate;

  /** Nested objects may be maps too. */
  @JsonProperty("terms")
  public Map<String, Object> terms;
}
