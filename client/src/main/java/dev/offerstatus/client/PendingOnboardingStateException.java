package dev.offerstatus.client;

/**
 * Feishu answered 1002067: the offer is not in the state "intern, pending onboarding" that the
 * operation needs (see the spec's {@code x-error-codes}).
 */
public final class PendingOnboardingStateException extends FeishuApiException {
  PendingOnboardingStateException(ErrorAnswer answer, String explanation) {
    super(answer, explanation);
  }
}
