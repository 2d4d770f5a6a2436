package dev.offerstatus.client;

/** Feishu answered 1002002: a parameter error (see the spec's {@code x-error-codes}). */
public final class ParameterErrorException extends FeishuApiException {
  ParameterErrorException(ErrorAnswer answer, String explanation) {
    super(answer, explanation);
  }
}
