package dev.offerstatus.simulator;

/**
 * One request the simulator answered, for tests to assert on: method, raw path, the {@code
 * Authorization} header as sent (or null; {@link #toString()} redacts its token), the body, the
 * HTTP status and the answer's {@code code}.
 */
public record RecordedExchange(
    String method, String path, String authorization, String body, int status, int code) {

  /** Like the record's own, but with the token in {@code authorization} replaced by a marker. */
  @Override
  public String toString() {
    return "RecordedExchange[method="
        + method
        + ", path="
        + path
        + ", authorization="
        + redacted(authorization)
        + ", body="
        + body
        + ", status="
        + status
        + ", code="
        + code
        + "]";
  }

  private static String redacted(String authorization) {
    if (authorization == null) {
      return null;
    }
    int space = authorization.indexOf(' ');
    return space < 0 ? "<redacted>" : authorization.substring(0, space) + " <redacted>";
  }
}
