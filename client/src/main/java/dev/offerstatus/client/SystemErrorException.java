package dev.offerstatus.client;

/** Feishu answered 1002001: a system error (see the spec's {@code x-error-codes}). */
public final class SystemErrorException extends FeishuApiException {
  SystemErrorException(ErrorAnswer answer, String explanation) {
    super(answer, explanation);
  }
}
