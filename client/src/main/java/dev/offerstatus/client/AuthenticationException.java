package dev.offerstatus.client;

/**
 * Feishu refused the caller: the token request failed (wrong app id or secret), or the endpoint
 * answered 99991661 (Authorization missing or malformed), 99991663 (token invalid or expired, after
 * the one replay with a fresh token), 99991664 (invalid app token), 99991671 (bad token prefix) or
 * 99991401 (caller IP not on the allow list).
 */
public final class AuthenticationException extends FeishuApiException {
  AuthenticationException(ErrorAnswer answer, String explanation) {
    super(answer, explanation);
  }
}
