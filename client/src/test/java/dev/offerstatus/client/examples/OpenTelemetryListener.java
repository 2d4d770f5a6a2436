package dev.offerstatus.client.examples;

import dev.offerstatus.client.OfferStatusListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import java.time.Duration;

/**
 * OpenTelemetry metrics from the client's events, and span events on the caller's current span
 * (client/README.md, "Metrics and tracing").
 */
public final class OpenTelemetryListener implements OfferStatusListener {
  private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("operation");
  private static final AttributeKey<Long> CODE = AttributeKey.longKey("feishu.code");
  private static final AttributeKey<String> LOG_ID = AttributeKey.stringKey("feishu.log_id");

  private final DoubleHistogram duration;
  private final LongCounter retries;

  public OpenTelemetryListener(OpenTelemetry otel) {
    Meter meter = otel.getMeter("dev.offerstatus.client");
    this.duration =
        meter.histogramBuilder("offerstatus.client.request.duration").setUnit("s").build();
    this.retries = meter.counterBuilder("offerstatus.client.retries").build();
  }

  @Override
  public void answerReceived(
      String operationId, int httpStatus, int code, String logId, Duration elapsed) {
    duration.record(
        elapsed.toNanos() / 1e9, Attributes.of(OPERATION, operationId, CODE, (long) code));
    Span.current()
        .addEvent(
            "offerstatus.answer",
            Attributes.of(CODE, (long) code, LOG_ID, logId == null ? "" : logId));
  }

  @Override
  public void retrying(String operationId, int attempt, String reason, Duration delay) {
    retries.add(1, Attributes.of(OPERATION, operationId));
    Span.current().addEvent("offerstatus.retry", Attributes.of(OPERATION, operationId));
  }
}
