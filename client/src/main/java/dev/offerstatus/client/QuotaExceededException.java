package dev.offerstatus.client;

/** Feishu answered 99991403: the app's monthly call quota is used up; not retryable. */
public final class QuotaExceededException extends FeishuApiException {
  QuotaExceededException(ErrorAnswer answer) {
    super(answer, "the app's monthly call quota is exceeded; not retried");
  }
}
