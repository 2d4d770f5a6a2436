package dev.offerstatus.client;

import dev.offerstatus.spec.ErrorKind;
import java.util.Optional;

/**
 * Feishu answered with its JSON error envelope: a non-zero {@code code} and its {@code msg}, for
 * the operation called, with the {@code kind} the spec declares for the code.
 */
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

  private final String operationId;
  private final int code;
  private final ErrorKind kind;
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
    this.operationId = answer.operationId();
    this.code = answer.code();
    this.kind = answer.kind();
    this.msg = answer.msg();
  }

  /** The spec's {@code operationId} of the call Feishu answered. */
  public final String operationId() {
    return operationId;
  }

  /** The envelope's {@code code}. */
  public final int code() {
    return code;
  }

  /**
   * The {@code kind} the spec declares for the code on that operation or the platform, any kind
   * (one the client has no special handling for too); empty when the spec declares the code
   * nowhere.
   */
  public final Optional<ErrorKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The envelope's {@code msg}, as Feishu wrote it. */
  public final String msg() {
    return msg;
  }

  /**
   * One error envelope as it arrived.
   *
   * @param request the request as messages name it ({@code POST /open-apis/...})
   * @param operationId the operation called
   * @param kind the kind the spec declares for the code, or null when it declares none
   */
  record ErrorAnswer(
      String request,
      String operationId,
      int code,
      ErrorKind kind,
      String msg,
      int httpStatus,
      String logId) {}
}
