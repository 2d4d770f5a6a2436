package dev.offerstatus.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an error code means to a caller: the closed vocabulary of the {@code kind} of every entry of
 * {@code x-error-codes} and {@code x-platform-error-codes}. The numbers live only in the spec; code
 * maps kinds to exception types and simulator behaviours.
 */
public enum ErrorKind {
  /** 系统错误: the endpoint's system error (1002001). */
  SYSTEM("system"),
  /** 参数错误: the endpoint refused a parameter (1002002). */
  PARAMETER("parameter"),
  /** The intern offer's pending-onboarding state does not allow the operation (1002067). */
  PENDING_ONBOARDING_STATE("pending-onboarding-state"),
  /** The intern offer's onboarded state does not allow the operation (1002068). */
  ONBOARDED_STATE("onboarded-state"),
  /** request trigger frequency limit (99991400): wait for the reset, retry. */
  RATE_LIMITED("rate-limited"),
  /** The caller's IP is not on the app's allow list (99991401). */
  IP_DENIED("ip-denied"),
  /** This month's API call quota is used up (99991403). */
  QUOTA_EXCEEDED("quota-exceeded"),
  /** No token, or an Authorization header that is not {@code Bearer <token>} (99991661). */
  TOKEN_MISSING("token-missing"),
  /** The access token is invalid or expired (99991663): fetch a new one, replay once. */
  TOKEN_INVALID("token-invalid"),
  /** The app_access_token is invalid (99991664). */
  APP_TOKEN_INVALID("app-token-invalid"),
  /** The token does not start with {@code t-} or {@code u-} (99991671). */
  TOKEN_MALFORMED("token-malformed"),
  /** The app lacks every one of the operation's scopes (99991672). */
  MISSING_SCOPE("missing-scope"),
  /** The token request is missing a parameter or has a wrong one (10003). */
  TOKEN_REQUEST_INVALID("token-request-invalid"),
  /** The app is not usable, e.g. disabled (10014). */
  APP_UNAUTHORIZED("app-unauthorized"),
  /** The app secret is wrong (10015). */
  CREDENTIALS("credentials");

  private final String id;

  ErrorKind(String id) {
    this.id = id;
  }

  /** The name in the spec, e.g. {@code rate-limited}. */
  public String id() {
    return id;
  }

  /** The kind the spec calls {@code id}, if it is one of the vocabulary. */
  public static Optional<ErrorKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  /** Every id, comma-separated, in declaration order (for messages). */
  static String ids() {
    return Arrays.stream(values()).map(ErrorKind::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}
