package dev.offerstatus.client;

import dev.offerstatus.client.OfferStatusListener.ThrottleCause;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the client decided, told twice: to SLF4J (logger {@code dev.offerstatus.client}) and to the
 * {@link OfferStatusListener}. No argument ever holds a secret or a token.
 */
final class ClientEvents {
  static final Logger LOG = LoggerFactory.getLogger("dev.offerstatus.client");

  private final OfferStatusListener listener;

  ClientEvents(OfferStatusListener listener) {
    this.listener = listener;
  }

  void requestSent(String operationId, String what, int attempt) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{}: sending (attempt {})", what, attempt);
    }
    notify(() -> listener.requestSent(operationId, what.substring(0, what.indexOf(' ')), attempt));
  }

  void answerReceived(
      String operationId, String what, int status, int code, String logId, Duration elapsed) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{}: HTTP {} code {} log id {} in {} ms", what, status, code, logId, elapsed.toMillis());
    }
    notify(() -> listener.answerReceived(operationId, status, code, logId, elapsed));
  }

  void retrying(String operationId, String what, int attempt, String reason, Duration delay) {
    LOG.info(
        "{}: {}; sending it again in {} ms (attempt {})", what, reason, delay.toMillis(), attempt);
    notify(() -> listener.retrying(operationId, attempt, reason, delay));
  }

  void throttleWait(String operationId, String what, Duration wait, ThrottleCause cause) {
    if (cause == ThrottleCause.CLIENT_RATE_LIMIT) {
      LOG.debug("{}: waited {} ms for the client-side rate limit", what, wait.toMillis());
    } else {
      LOG.info("{}: Feishu answered 99991400 (rate limited); waiting {} ms", what, wait.toMillis());
    }
    notify(() -> listener.throttleWait(operationId, wait, cause));
  }

  void tokenFetched(String appId, boolean refresh, Duration lifetime) {
    LOG.info(
        "tenant_access_token {} for app {} (valid {} s)",
        refresh ? "refreshed" : "fetched",
        appId,
        lifetime.toSeconds());
    notify(() -> listener.tokenFetched(appId, refresh, lifetime));
  }

  private static void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("OfferStatusListener threw {}; ignored", e.toString());
    }
  }
}
