package dev.offerstatus.spec;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an error code means to a caller: the {@code kind} of an entry of {@code x-error-codes} or
 * {@code x-platform-error-codes}. The set is open: any lower-case kebab id is a kind ({@code
 * offer-not-found}), equal to another by its id. The constants are the kinds the runtime handles
 * specially (retries, token replays, typed exceptions, simulator behaviours); a code of any other
 * kind is still typed by its kind, code and message. The numbers live only in the spec.
 */
public final class ErrorKind {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** 系统错误: the endpoint's system error (1002001). */
  public static final ErrorKind SYSTEM = new ErrorKind("system");

  /** 参数错误: the endpoint refused a parameter (1002002). */
  public static final ErrorKind PARAMETER = new ErrorKind("parameter");

  /** The intern offer's pending-onboarding state does not allow the operation (1002067). */
  public static final ErrorKind PENDING_ONBOARDING_STATE =
      new ErrorKind("pending-onboarding-state");

  /** The intern offer's onboarded state does not allow the operation (1002068). */
  public static final ErrorKind ONBOARDED_STATE = new ErrorKind("onboarded-state");

  /** request trigger frequency limit (99991400): wait for the reset, retry. */
  public static final ErrorKind RATE_LIMITED = new ErrorKind("rate-limited");

  /** The caller's IP is not on the app's allow list (99991401). */
  public static final ErrorKind IP_DENIED = new ErrorKind("ip-denied");

  /** This month's API call quota is used up (99991403). */
  public static final ErrorKind QUOTA_EXCEEDED = new ErrorKind("quota-exceeded");

  /** No token, or an Authorization header that is not {@code Bearer <token>} (99991661). */
  public static final ErrorKind TOKEN_MISSING = new ErrorKind("token-missing");

  /** The access token is invalid or expired (99991663): fetch a new one, replay once. */
  public static final ErrorKind TOKEN_INVALID = new ErrorKind("token-invalid");

  /** The app_access_token is invalid (99991664). */
  public static final ErrorKind APP_TOKEN_INVALID = new ErrorKind("app-token-invalid");

  /** The token does not start with {@code t-} or {@code u-} (99991671). */
  public static final ErrorKind TOKEN_MALFORMED = new ErrorKind("token-malformed");

  /** The app lacks every one of the operation's scopes (99991672). */
  public static final ErrorKind MISSING_SCOPE = new ErrorKind("missing-scope");

  /** The token request is missing a parameter or has a wrong one (10003). */
  public static final ErrorKind TOKEN_REQUEST_INVALID = new ErrorKind("token-request-invalid");

  /** The app is not usable, e.g. disabled (10014). */
  public static final ErrorKind APP_UNAUTHORIZED = new ErrorKind("app-unauthorized");

  /** The app secret is wrong (10015). */
  public static final ErrorKind CREDENTIALS = new ErrorKind("credentials");

  /** The kinds the runtime handles specially, in the order above. */
  public static final List<ErrorKind> HANDLED =
      List.of(
          SYSTEM,
          PARAMETER,
          PENDING_ONBOARDING_STATE,
          ONBOARDED_STATE,
          RATE_LIMITED,
          IP_DENIED,
          QUOTA_EXCEEDED,
          TOKEN_MISSING,
          TOKEN_INVALID,
          APP_TOKEN_INVALID,
          TOKEN_MALFORMED,
          MISSING_SCOPE,
          TOKEN_REQUEST_INVALID,
          APP_UNAUTHORIZED,
          CREDENTIALS);

  private final String id;

  private ErrorKind(String id) {
    this.id = id;
  }

  /**
   * The kind the spec calls {@code id}, handled specially or not.
   *
   * @throws IllegalArgumentException when {@code id} is not a lower-case kebab id ({@code
   *     offer-not-found})
   */
  public static ErrorKind of(String id) {
    Objects.requireNonNull(id, "id == null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "an error kind is a lower-case kebab id like offer-not-found, got \"" + id + "\"");
    }
    for (ErrorKind handled : HANDLED) {
      if (handled.id.equals(id)) {
        return handled;
      }
    }
    return new ErrorKind(id);
  }

  /** The name in the spec, e.g. {@code rate-limited}. */
  public String id() {
    return id;
  }

  /** Whether the runtime handles this kind specially (one of {@link #HANDLED}). */
  public boolean isHandled() {
    return HANDLED.contains(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ErrorKind other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
