package dev.offerstatus.client;

import dev.offerstatus.client.FeishuApiException.ErrorAnswer;
import dev.offerstatus.spec.ContractFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps an error envelope to its typed exception, with the spec's description and advice. */
final class FeishuErrors {
  static final int SYSTEM_ERROR = 1002001;
  static final int PARAMETER_ERROR = 1002002;
  static final int PENDING_ONBOARDING_STATE = 1002067;
  static final int ONBOARDED_STATE = 1002068;

  static final int RATE_LIMITED = 99991400;
  static final int IP_NOT_ALLOWED = 99991401;
  static final int QUOTA_EXCEEDED = 99991403;
  static final int AUTHORIZATION_MISSING = 99991661;
  static final int TOKEN_INVALID = 99991663;
  static final int APP_TOKEN_INVALID = 99991664;
  static final int TOKEN_PREFIX = 99991671;
  static final int MISSING_SCOPE = 99991672;

  /** The endpoint codes this client gives a type of their own (the spec's x-error-codes). */
  static final List<Integer> ENDPOINT_CODES =
      List.of(SYSTEM_ERROR, PARAMETER_ERROR, PENDING_ONBOARDING_STATE, ONBOARDED_STATE);

  private static final Pattern SCOPES = Pattern.compile("\\[([^\\]]+)]");

  private final ContractFacts facts;

  FeishuErrors(ContractFacts facts) {
    this.facts = facts;
  }

  FeishuApiException map(ErrorAnswer answer, boolean replayedWithNewToken) {
    return switch (answer.code()) {
      case SYSTEM_ERROR -> new SystemErrorException(answer, endpoint(answer.code()));
      case PARAMETER_ERROR -> new ParameterErrorException(answer, endpoint(answer.code()));
      case PENDING_ONBOARDING_STATE ->
          new PendingOnboardingStateException(answer, endpoint(answer.code()));
      case ONBOARDED_STATE -> new OnboardedStateException(answer, endpoint(answer.code()));
      case AUTHORIZATION_MISSING ->
          new AuthenticationException(
              answer, "the Authorization header is missing or malformed; not retried");
      case TOKEN_INVALID ->
          new AuthenticationException(
              answer,
              replayedWithNewToken
                  ? "the tenant_access_token is invalid or expired, also after fetching a new one"
                      + " and replaying once"
                  : "the tenant_access_token is invalid or expired; the token provider cannot"
                      + " supply a new one");
      case APP_TOKEN_INVALID ->
          new AuthenticationException(answer, "the app token is invalid; check the credentials");
      case TOKEN_PREFIX ->
          new AuthenticationException(
              answer, "the token must start with \"t-\" or \"u-\"; not retried");
      case IP_NOT_ALLOWED ->
          new AuthenticationException(
              answer, "the caller's IP address is not on the app's allow list; not retried");
      case MISSING_SCOPE -> new MissingPermissionException(answer, scopes(answer.msg()));
      case QUOTA_EXCEEDED -> new QuotaExceededException(answer);
      default -> new OtherFeishuErrorException(answer);
    };
  }

  RateLimitedException rateLimited(ErrorAnswer answer, Integer limit, Integer reset, int attempts) {
    return new RateLimitedException(answer, limit, reset, attempts);
  }

  private String endpoint(int code) {
    ContractFacts.ErrorCode known = facts.errorCodes().get(code);
    if (known == null) {
      return "an endpoint error the spec does not describe; not retried";
    }
    return known.description() + "; " + known.advice() + "; not retried";
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
    return facts.requiredScopes();
  }
}
