package dev.offerstatus.client.examples;

import dev.offerstatus.client.OfferStatusListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Micrometer metrics from the client's events (client/README.md, "Metrics and tracing"). */
public final class MicrometerListener implements OfferStatusListener {
  private final MeterRegistry registry;

  public MicrometerListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void answerReceived(
      String operationId, int httpStatus, int code, String logId, Duration elapsed) {
    Timer.builder("offerstatus.client.requests")
        .tag("operation", operationId)
        .tag("code", Integer.toString(code))
        .register(registry)
        .record(elapsed);
  }

  @Override
  public void retrying(String operationId, int attempt, String reason, Duration delay) {
    registry.counter("offerstatus.client.retries", "operation", operationId).increment();
  }

  @Override
  public void throttleWait(String operationId, Duration wait, ThrottleCause cause) {
    registry
        .timer("offerstatus.client.throttle.waits", "operation", operationId, "cause", cause.name())
        .record(wait);
  }

  @Override
  public void tokenFetched(String appId, boolean refresh, Duration lifetime) {
    registry
        .counter("offerstatus.client.token.fetches", "refresh", Boolean.toString(refresh))
        .increment();
  }
}
