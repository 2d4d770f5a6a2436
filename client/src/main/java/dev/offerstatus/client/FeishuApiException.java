package dev.offerstatus.client;

/** Feishu answered with its JSON error envelope: a non-zero {@code code} and its {@code msg}. */
public abstract sealed class FeishuApiException extends OfferStatusException
    permits SystemErrorException,
        ParameterErrorException,
        PendingOnboardingStateException,
        OnboardedStateException,
        RateLimitedException,
        AuthenticationException,
        MissingPermissionException,
        QuotaExceededException,
        OtherFeishuErrorException {

  private final int code;
  private final String msg;

  FeishuApiException(ErrorAnswer answer, String explanation) {
    super(
        answer.request()
            + ": Feishu answered code "
            + answer.code()
            + " \""
            + answer.msg()
            + "\" (HTTP "
            + answer.httpStatus()
            + ", "
            + describeLogId(answer.logId())
            + "): "
            + explanation,
        answer.httpStatus(),
        answer.logId(),
        null);
    this.code = answer.code();
    this.msg = answer.msg();
  }

  /** The envelope's {@code code}. */
  public final int code() {
    return code;
  }

  /** The envelope's {@code msg}, as Feishu wrote it. */
  public final String msg() {
    return msg;
  }

  /** One error envelope as it arrived. */
  record ErrorAnswer(String request, int code, String msg, int httpStatus, String logId) {}
}
