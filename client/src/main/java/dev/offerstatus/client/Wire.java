package dev.offerstatus.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One HTTP exchange that tells apart a request that never left (safe to send again) from one that
 * was sent but got no complete answer (outcome unknown).
 */
final class Wire {
  private final OkHttpClient http;
  private final Duration callTimeout;
  private final String logIdHeader;

  /**
   * @param callTimeout how long one exchange may take in all, enforced by {@link CallDeadlines}
   * @param logIdHeader the answers' header with the request's log id, as the spec names it
   */
  Wire(OkHttpClient http, Duration callTimeout, String logIdHeader) {
    this.callTimeout = callTimeout;
    this.logIdHeader = logIdHeader;
    // OkHttp's own retry would resend a POST after a connection failure even when the request was
    // written: this client decides about retries itself.
    this.http =
        http.newBuilder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .addNetworkInterceptor(new SendMarkerInterceptor())
            .build();
  }

  OkHttpClient http() {
    return http;
  }

  /**
   * The largest answer body read (4 MiB, far above any answer of these endpoints): a longer one is
   * refused after reading this much, so a runaway body cannot exhaust the heap.
   */
  static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

  /**
   * The answer, body read to the end.
   *
   * @param logId its log id header, or null when it has none
   */
  record Answer(int status, Headers headers, String contentType, byte[] body, String logId) {}

  /** The request did not leave this process (connect, DNS or TLS failure). */
  static final class NotSentException extends Exception {
    NotSentException(IOException cause) {
      super(cause);
    }
  }

  /** The request was (maybe partly) written, but no complete answer was read. */
  static final class NoAnswerException extends Exception {
    final int status;
    final String logId;

    NoAnswerException(Throwable cause, int status, String logId) {
      super(cause);
      this.status = status;
      this.logId = logId;
    }
  }

  Answer exchange(Request request) throws NotSentException, NoAnswerException {
    SendMarker marker = new SendMarker();
    Call call = http.newCall(request.newBuilder().tag(SendMarker.class, marker).build());
    try (CallDeadlines.Watch watch =
        CallDeadlines.watch(call, System.nanoTime() + callTimeout.toNanos())) {
      return exchange(request, call, marker, watch);
    }
  }

  private Answer exchange(Request request, Call call, SendMarker marker, CallDeadlines.Watch watch)
      throws NotSentException, NoAnswerException {
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      if (marker.sent) {
        throw new NoAnswerException(explain(e, watch), 0, null);
      }
      throw new NotSentException(explain(e, watch));
    } catch (RuntimeException | Error e) {
      if (marker.sent) {
        // Whatever broke (even an OutOfMemoryError), the request may have reached Feishu.
        throw new NoAnswerException(e, 0, null);
      }
      throw e;
    }
    try (response) {
      String logId = response.header(logIdHeader);
      byte[] bytes;
      try {
        bytes = BoundedBody.read(response, MAX_BODY_BYTES, logId);
      } catch (BoundedBody.TooLargeException e) {
        throw new UnexpectedResponseException(
            request.method() + " " + request.url().encodedPath() + ": " + e.getMessage(),
            e.status,
            e.logId,
            null);
      } catch (IOException e) {
        throw new NoAnswerException(explain(e, watch), response.code(), logId);
      } catch (RuntimeException | Error e) {
        throw new NoAnswerException(e, response.code(), logId);
      }
      return new Answer(
          response.code(),
          response.headers(),
          response.body() == null || response.body().contentType() == null
              ? ""
              : response.body().contentType().toString(),
          bytes,
          logId);
    }
  }

  /** A failure caused by the call timeout says so (OkHttp only says "Canceled"). */
  private IOException explain(IOException e, CallDeadlines.Watch watch) {
    if (!watch.expired()) {
      return e;
    }
    InterruptedIOException named =
        new InterruptedIOException(
            "no complete answer within the call timeout of " + MessageText.duration(callTimeout));
    named.initCause(e);
    return named;
  }

  /** Set once OkHttp has a connection and starts writing the request. */
  static final class SendMarker {
    volatile boolean sent;
  }

  private static final class SendMarkerInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      SendMarker marker = chain.request().tag(SendMarker.class);
      if (marker != null) {
        marker.sent = true;
      }
      return chain.proceed(chain.request());
    }
  }
}
