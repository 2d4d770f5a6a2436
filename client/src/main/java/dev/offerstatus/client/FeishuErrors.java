package dev.offerstatus.client;

import dev.offerstatus.client.FeishuApiException.ErrorAnswer;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an error envelope to its typed exception by the {@code kind} the spec declares for its code
 * (the operation's {@code x-error-codes}, else {@code x-platform-error-codes}); no code number is
 * written here. Endpoint errors carry the spec's description and advice.
 */
final class FeishuErrors {
  private static final Pattern SCOPES = Pattern.compile("\\[([^\\]]+)]");

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

  FeishuApiException map(ErrorAnswer answer, boolean replayedWithNewToken) {
    Optional<ErrorKind> kind = kind(answer.code());
    if (kind.isEmpty()) {
      return new OtherFeishuErrorException(answer);
    }
    ErrorKind k = kind.get();
    if (k.equals(ErrorKind.SYSTEM)) {
      return new SystemErrorException(answer, endpoint(answer.code()));
    }
    if (k.equals(ErrorKind.PARAMETER)) {
      return new ParameterErrorException(answer, endpoint(answer.code()));
    }
    if (k.equals(ErrorKind.PENDING_ONBOARDING_STATE)) {
      return new PendingOnboardingStateException(answer, endpoint(answer.code()));
    }
    if (k.equals(ErrorKind.ONBOARDED_STATE)) {
      return new OnboardedStateException(answer, endpoint(answer.code()));
    }
    if (k.equals(ErrorKind.TOKEN_MISSING)) {
      return new AuthenticationException(
          answer, "the Authorization header is missing or malformed; not retried");
    }
    if (k.equals(ErrorKind.TOKEN_INVALID)) {
      return new AuthenticationException(
          answer,
          replayedWithNewToken
              ? "the tenant_access_token is invalid or expired, also after fetching a new one"
                  + " and replaying once"
              : "the tenant_access_token is invalid or expired; the token provider cannot"
                  + " supply a new one");
    }
    if (k.equals(ErrorKind.APP_TOKEN_INVALID)) {
      return new AuthenticationException(answer, "the app token is invalid; check the credentials");
    }
    if (k.equals(ErrorKind.TOKEN_MALFORMED)) {
      return new AuthenticationException(
          answer, "the token must start with \"t-\" or \"u-\"; not retried");
    }
    if (k.equals(ErrorKind.IP_DENIED)) {
      return new AuthenticationException(
          answer, "the caller's IP address is not on the app's allow list; not retried");
    }
    if (k.equals(ErrorKind.MISSING_SCOPE)) {
      return new MissingPermissionException(answer, scopes(answer.msg()));
    }
    if (k.equals(ErrorKind.QUOTA_EXCEEDED)) {
      return new QuotaExceededException(answer);
    }
    if (k.equals(ErrorKind.TOKEN_REQUEST_INVALID)
        || k.equals(ErrorKind.APP_UNAUTHORIZED)
        || k.equals(ErrorKind.CREDENTIALS)) {
      return new AuthenticationException(answer, tokenRefusal(answer.code()));
    }
    if (k.equals(ErrorKind.RATE_LIMITED)) {
      return new RateLimitedException(answer, null, null, 0);
    }
    // A kind the client has no special handling for (e.g. offer-not-found): the generic path.
    return new OtherFeishuErrorException(answer);
  }

  RateLimitedException rateLimited(ErrorAnswer answer, Integer limit, Integer reset, int attempts) {
    return new RateLimitedException(answer, limit, reset, attempts);
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
