package dev.offerstatus.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.client.FeishuApiException.ErrorAnswer;
import dev.offerstatus.sdk.model.ErrorResponse;
import dev.offerstatus.spec.RateLimitHeaders;
import java.time.Duration;
import okhttp3.Request;

/**
 * Sends a prepared request until a success envelope arrives or a {@link RetryDecision} says stop:
 * each attempt takes a token and a permit of the operation's rate budget, goes out over the {@link
 * Wire}, and its answer is read as Feishu's envelope; thread-safe, shared by every call.
 */
final class RequestExecutor {
  private final Wire wire;
  private final ObjectMapper mapper;
  private final TokenProvider tokens;
  private final OperationBudgets budgets;
  private final TimeSource time;
  private final RateLimitHeaders rateLimitHeaders;
  private final ClientEvents events;
  private final int maxConnectRetries;
  private final int maxRateLimitRetries;

  /**
   * @param budgets the rate budget of each operation; null when client-side limiting is off
   */
  RequestExecutor(
      Wire wire,
      ObjectMapper mapper,
      TokenProvider tokens,
      OperationBudgets budgets,
      TimeSource time,
      RateLimitHeaders rateLimitHeaders,
      ClientEvents events,
      int maxConnectRetries,
      int maxRateLimitRetries) {
    this.wire = wire;
    this.mapper = mapper;
    this.tokens = tokens;
    this.budgets = budgets;
    this.time = time;
    this.rateLimitHeaders = rateLimitHeaders;
    this.events = events;
    this.maxConnectRetries = maxConnectRetries;
    this.maxRateLimitRetries = maxRateLimitRetries;
  }

  /**
   * What one call of an operation needs beyond its request.
   *
   * @param operationId the operation, whose rate budget paces it and whose name the listener hears
   * @param errors how its error codes map to exceptions
   * @param tokenHeader the header that carries the tenant_access_token; null when it is sent
   *     without one
   * @param longestRateWindow the longest window of the spec's {@code x-rate-limit}s
   * @param unknownOutcomeAdvice how to find out whether it took effect when its answer is lost;
   *     null for a request that changes nothing (a read), which is then sent again
   */
  record Plan(
      String operationId,
      FeishuErrors errors,
      TokenHeader tokenHeader,
      Duration longestRateWindow,
      String unknownOutcomeAdvice) {}

  /**
   * The request header that carries the token, as the operation's {@code x-required-headers}
   * declares it: {@code name: prefix{token}suffix} ({@code Authorization: Bearer
   * {tenant_access_token}}).
   */
  record TokenHeader(String name, String prefix, String suffix) {
    String value(String token) {
      return prefix + token + suffix;
    }
  }

  /**
   * Sends {@code prepared} under its operation's rate budget with a token, replaying once on an
   * expired token and waiting out throttling, until a success envelope arrives.
   *
   * @throws OfferStatusException for every failure, typed by its cause
   */
  Exchanged send(Request prepared, Plan plan) {
    String operationId = plan.operationId();
    String what = prepared.method() + " " + prepared.url().encodedPath();
    RetryDecision decision =
        new RetryDecision(
            what,
            plan.unknownOutcomeAdvice(),
            plan.errors(),
            rateLimitHeaders,
            plan.longestRateWindow(),
            plan.tokenHeader() != null && tokens.canRefresh(),
            maxConnectRetries,
            maxRateLimitRetries);
    for (int attempt = 1; ; attempt++) {
      String token = null;
      try {
        if (plan.tokenHeader() != null) {
          token = tokens.tenantAccessToken();
        }
        acquirePermit(operationId, what);
      } catch (OfferStatusException e) {
        throw e.beforeSending(); // the token fetch or the rate-limit wait: nothing left
      }
      RetryDecision.Retry retry;
      long sentAt = time.nanoTime();
      try {
        events.requestSent(operationId, what, attempt);
        Wire.Answer answer =
            wire.exchange(
                token == null
                    ? prepared
                    : prepared
                        .newBuilder()
                        .header(plan.tokenHeader().name(), plan.tokenHeader().value(token))
                        .build());
        JsonNode envelope = Envelopes.parse(mapper, answer, what);
        int code = envelope.get(ErrorResponse.JSON_PROPERTY_CODE).intValue();
        events.answerReceived(
            operationId,
            what,
            answer.status(),
            code,
            answer.logId(),
            Duration.ofNanos(time.nanoTime() - sentAt));
        if (code == 0) {
          return new Exchanged(answer, envelope, what);
        }
        ErrorAnswer error =
            plan.errors()
                .answer(
                    what,
                    code,
                    envelope.path(ErrorResponse.JSON_PROPERTY_MSG).asText(""),
                    answer.status(),
                    answer.logId());
        retry = decision.followUp(error, answer);
      } catch (Wire.NotSentException e) {
        retry = decision.recover(e);
      } catch (Wire.NoAnswerException e) {
        retry = decision.recover(e);
      }
      carryOut(retry, operationId, what, attempt, token);
    }
  }

  private void carryOut(
      RetryDecision.Retry retry, String operationId, String what, int attempt, String token) {
    if (retry.newToken() && token != null) {
      tokens.invalidate(token);
    }
    if (retry.throttled()) {
      events.throttleWait(
          operationId, what, retry.pause(), OfferStatusListener.ThrottleCause.SERVER_RATE_LIMITED);
    }
    if (retry.reason() != null) {
      events.retrying(operationId, what, attempt + 1, retry.reason(), retry.pause());
    }
    if (!retry.newToken()) {
      pause(retry.pause(), what);
    }
  }

  private void acquirePermit(String operationId, String what) {
    RateLimiter limiter = budgets == null ? null : budgets.forOperation(operationId);
    if (limiter == null) {
      return;
    }
    try {
      long start = time.nanoTime();
      limiter.acquire();
      long waited = time.nanoTime() - start;
      if (waited > 0) {
        events.throttleWait(
            operationId,
            what,
            Duration.ofNanos(waited),
            OfferStatusListener.ThrottleCause.CLIENT_RATE_LIMIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          what + " was not sent: interrupted while waiting for a rate-limit permit", e);
    } catch (RateLimiterUnavailableException e) {
      throw new TransportException(what + " was not sent: " + e.getMessage(), e);
    }
  }

  private void pause(Duration duration, String what) {
    try {
      time.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          what + " was not sent again: interrupted while waiting to retry", e);
    }
  }
}
