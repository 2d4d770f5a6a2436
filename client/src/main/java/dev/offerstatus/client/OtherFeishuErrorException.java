package dev.offerstatus.client;

/** Feishu answered a code that neither the spec nor the platform's generic codes list. */
public final class OtherFeishuErrorException extends FeishuApiException {
  OtherFeishuErrorException(ErrorAnswer answer) {
    super(answer, "a code this client does not know; not retried");
  }
}
