package dev.offerstatus.client;

import java.util.List;

/** Feishu answered 99991672: the app lacks a scope the endpoint requires; not retryable. */
public final class MissingPermissionException extends FeishuApiException {
  private final List<String> scopes;

  MissingPermissionException(ErrorAnswer answer, List<String> scopes) {
    super(
        answer,
        "the app lacks the scope "
            + String.join(" or ", scopes)
            + "; grant it to the app in the Feishu developer console and publish a new version");
    this.scopes = List.copyOf(scopes);
  }

  /** The scopes the endpoint requires (any one of them), e.g. {@code hire:offer}. */
  public List<String> scopes() {
    return scopes;
  }
}
