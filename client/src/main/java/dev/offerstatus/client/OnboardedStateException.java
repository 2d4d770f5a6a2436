package dev.offerstatus.client;

/**
 * Feishu answered 1002068: the offer is not in the state "intern, onboarded" that the operation
 * needs (see the spec's {@code x-error-codes}).
 */
public final class OnboardedStateException extends FeishuApiException {
  OnboardedStateException(ErrorAnswer answer, String explanation) {
    super(answer, explanation);
  }
}
