package dev.offerstatus.client;

import dev.offerstatus.client.FeishuApiException.ErrorAnswer;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an error envelope of one operation to its typed exception by the {@code kind} the spec
 * declares for its code (that operation's {@code x-error-codes}, else {@code
 * x-platform-error-codes}); no code number is written here. The kinds with special handling map to
 * their own types; any other kind, and a code the spec does not declare, to {@link
 * OtherFeishuErrorException}, which still carries the operation, code, kind and msg. Endpoint
 * errors carry the spec's description and advice.
 */
final class FeishuErrors {
  private static final Pattern SCOPES = Pattern.compile("\\[([^\\]]+)]");

  /** How the client handles a kind specially: the exception it becomes. */
  @FunctionalInterface
  private interface Handling {
    FeishuApiException exception(FeishuErrors errors, ErrorAnswer answer, boolean replayed);
  }

  private static final Map<ErrorKind, Handling> HANDLING = handling();

  private static Map<ErrorKind, Handling> handling() {
    Map<ErrorKind, Handling> h = new HashMap<>();
    h.put(ErrorKind.SYSTEM, (e, a, r) -> new SystemErrorException(a, e.endpoint(a.code())));
    h.put(ErrorKind.PARAMETER, (e, a, r) -> new ParameterErrorException(a, e.endpoint(a.code())));
    h.put(
        ErrorKind.PENDING_ONBOARDING_STATE,
        (e, a, r) -> new PendingOnboardingStateException(a, e.endpoint(a.code())));
    h.put(
        ErrorKind.ONBOARDED_STATE,
        (e, a, r) -> new OnboardedStateException(a, e.endpoint(a.code())));
    h.put(
        ErrorKind.TOKEN_MISSING,
        (e, a, r) ->
            new AuthenticationException(
                a, "the Authorization header is missing or malformed; not retried"));
    h.put(
        ErrorKind.TOKEN_INVALID,
        (e, a, replayed) ->
            new AuthenticationException(
                a,
                replayed
                    ? "the tenant_access_token is invalid or expired, also after fetching a new one"
                        + " and replaying once"
                    : "the tenant_access_token is invalid or expired; the token provider cannot"
                        + " supply a new one"));
    h.put(
        ErrorKind.APP_TOKEN_INVALID,
        (e, a, r) ->
            new AuthenticationException(a, "the app token is invalid; check the credentials"));
    h.put(
        ErrorKind.TOKEN_MALFORMED,
        (e, a, r) ->
            new AuthenticationException(
                a, "the token must start with \"t-\" or \"u-\"; not retried"));
    h.put(
        ErrorKind.IP_DENIED,
        (e, a, r) ->
            new AuthenticationException(
                a, "the caller's IP address is not on the app's allow list; not retried"));
    h.put(
        ErrorKind.MISSING_SCOPE, (e, a, r) -> new MissingPermissionException(a, e.scopes(a.msg())));
    h.put(ErrorKind.QUOTA_EXCEEDED, (e, a, r) -> new QuotaExceededException(a));
    Handling tokenRefused = (e, a, r) -> new AuthenticationException(a, e.tokenRefusal(a.code()));
    h.put(ErrorKind.TOKEN_REQUEST_INVALID, tokenRefused);
    h.put(ErrorKind.APP_UNAUTHORIZED, tokenRefused);
    h.put(ErrorKind.CREDENTIALS, tokenRefused);
    h.put(
        ErrorKind.RATE_LIMITED,
        (e, a, r) -> new RateLimitedException(a, e.model.requireRateLimitHeaders(), null, null, 0));
    return Map.copyOf(h);
  }

  private final ContractModel model;
  private final Operation operation;

  /** The errors of {@code operation}, as the model declares them. */
  FeishuErrors(ContractModel model, Operation operation) {
    this.model = model;
    this.operation = operation;
  }

  /** The kind the spec declares for {@code code} on this operation or the platform. */
  Optional<ErrorKind> kind(int code) {
    return model.errorCode(operation, code).map(DeclaredErrorCode::kind);
  }

  /** Whether {@code code} is the platform's rate-limit answer. */
  boolean isRateLimited(int code) {
    return kind(code).filter(ErrorKind.RATE_LIMITED::equals).isPresent();
  }

  /** Whether {@code code} says the access token is invalid or expired (worth one replay). */
  boolean isTokenInvalid(int code) {
    return kind(code).filter(ErrorKind.TOKEN_INVALID::equals).isPresent();
  }

  /** An error envelope of this operation, with the kind the spec declares for its code. */
  ErrorAnswer answer(String what, int code, String msg, int httpStatus, String logId) {
    return new ErrorAnswer(
        what, operation.operationId(), code, kind(code).orElse(null), msg, httpStatus, logId);
  }

  /**
   * The exception for an error envelope: the type of the kind's special handling, else {@link
   * OtherFeishuErrorException} with the kind and the spec's description.
   */
  FeishuApiException map(ErrorAnswer answer, boolean replayedWithNewToken) {
    if (answer.kind() == null) {
      return new OtherFeishuErrorException(
          answer,
          "a code the spec declares neither for "
              + operation.operationId()
              + " nor for the platform; not retried");
    }
    Handling handling = HANDLING.get(answer.kind());
    if (handling == null) {
      return new OtherFeishuErrorException(
          answer,
          answer.kind()
              + ": "
              + model
                  .errorCode(operation, answer.code())
                  .map(known -> known.description() + "; " + known.advice())
                  .orElse("")
              + "; not retried");
    }
    return handling.exception(this, answer, replayedWithNewToken);
  }

  RateLimitedException rateLimited(ErrorAnswer answer, Integer limit, Integer reset, int attempts) {
    return new RateLimitedException(
        answer, model.requireRateLimitHeaders(), limit, reset, attempts);
  }

  /** Why the token endpoint refused: the spec's description of the code. */
  String tokenRefusal(int code) {
    return "the token request was refused ("
        + model.errorCode(operation, code).map(DeclaredErrorCode::description).orElse("")
        + "); check the app id and app secret";
  }

  private String endpoint(int code) {
    return operation
        .ownErrorCode(code)
        .map(known -> known.description() + "; " + known.advice() + "; not retried")
        .orElse("an endpoint error the spec does not describe; not retried");
  }

  /** The scopes Feishu names in the msg ("... required: [hire:offer]."), else the spec's. */
  private List<String> scopes(String msg) {
    Matcher m = SCOPES.matcher(msg);
    if (m.find()) {
      List<String> named = new ArrayList<>();
      for (String scope : m.group(1).split(",")) {
        if (!scope.isBlank()) {
          named.add(scope.strip());
        }
      }
      if (!named.isEmpty()) {
        return named;
      }
    }
    return operation.requiredScopes();
  }
}
