package dev.offerstatus.client;

/**
 * Feishu answered a code of a kind this client has no special handling for: one the spec declares
 * with any other kind ({@link #kind()}, e.g. {@code offer-not-found}), or one the spec declares
 * nowhere ({@link #kind()} empty). Never retried.
 */
public final class OtherFeishuErrorException extends FeishuApiException {
  OtherFeishuErrorException(ErrorAnswer answer, String explanation) {
    super(answer, explanation);
  }
}
