package dev.offerstatus.checks.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One GET of a page within its bounds: an answer of at most {@code maxBytes} (read as it arrives,
 * so a longer one is cut off, never held), complete before the page's deadline (headers and body
 * alike), redirects followed only within the doc site (same scheme, host and port).
 */
final class BoundedGet {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final HttpClient http;
  private final URI site;
  private final Duration readTimeout;
  private final FetchConfig.Bounds bounds;

  /** {@code http} must not follow redirects itself. */
  BoundedGet(HttpClient http, URI site, Duration readTimeout, FetchConfig.Bounds bounds) {
    this.http = http;
    this.site = site;
    this.readTimeout = readTimeout;
    this.bounds = bounds;
  }

  /** The answer broke a bound: not worth a retry. The message completes "GET url ...". */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String problem) {
      super(problem);
    }
  }

  /**
   * GETs {@code url} and the redirects within the doc site until an answer that is not a redirect,
   * before {@code deadline} ({@link System#nanoTime()}).
   *
   * @throws Refused when the answer is too long, too late or redirected off the site
   * @throws IOException when the site cannot be reached or does not answer within the read timeout
   */
  HttpResponse<byte[]> send(URI url, long deadline)
      throws Refused, IOException, InterruptedException {
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      HttpResponse<byte[]> response = once(current, deadline);
      int status = response.statusCode();
      if (!REDIRECTS.contains(status)) {
        return response;
      }
      if (redirects == FetchConfig.MAX_REDIRECTS) {
        throw new Refused(
            "was redirected more than "
                + FetchConfig.MAX_REDIRECTS
                + " times (HTTP "
                + status
                + ")");
      }
      URI next;
      try {
        next = current.resolve(new URI(response.headers().firstValue("Location").orElseThrow()));
      } catch (URISyntaxException | NoSuchElementException e) {
        throw new Refused("answered HTTP " + status + " without a usable Location");
      }
      if (!sameSite(next)) {
        throw new Refused(
            "was redirected (HTTP "
                + status
                + ") to "
                + shown(next)
                + ", outside the doc site "
                + origin(site)
                + "; fetch-doc follows redirects only within it");
      }
      current = next;
    }
  }

  private HttpResponse<byte[]> once(URI url, long deadline)
      throws Refused, IOException, InterruptedException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw late();
    }
    Duration timeout =
        readTimeout.compareTo(Duration.ofNanos(remaining)) < 0
            ? readTimeout
            : Duration.ofNanos(remaining);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    AtomicReference<CappedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> answer =
        http.sendAsync(
            request,
            info -> {
              CappedBody capped =
                  new CappedBody(
                      bounds.maxPageBytes(),
                      info.headers().firstValueAsLong("Content-Length").orElse(-1));
              body.set(capped);
              return capped;
            });
    try {
      return answer.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abort(answer, body);
      throw late();
    } catch (InterruptedException e) {
      abort(answer, body);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while ((cause instanceof CompletionException || cause instanceof ExecutionException)
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof TooLong) {
        throw new Refused(
            "answered more than "
                + bounds.maxPageBytes()
                + " bytes, the most a page may have (maxPageBytes)");
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause);
    }
  }

  private Refused late() {
    return new Refused(
        "did not complete within the page deadline of "
            + bounds.pageTimeout().toMillis()
            + " ms (pageTimeout)");
  }

  private static void abort(
      CompletableFuture<HttpResponse<byte[]>> answer, AtomicReference<CappedBody> body) {
    CappedBody started = body.get();
    if (started != null) {
      started.cancel();
    }
    answer.cancel(true);
  }

  private boolean sameSite(URI url) {
    return url.getScheme() != null
        && url.getHost() != null
        && url.getScheme().equalsIgnoreCase(site.getScheme())
        && url.getHost().equalsIgnoreCase(site.getHost())
        && port(url) == port(site);
  }

  private static int port(URI url) {
    if (url.getPort() != -1) {
      return url.getPort();
    }
    return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }

  private static String origin(URI url) {
    return url.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + url.getHost()
        + (url.getPort() == -1 ? "" : ":" + url.getPort());
  }

  /** At most 200 characters of an ASCII rendering of {@code url}. */
  private static String shown(URI url) {
    String text = url.toASCIIString();
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /** The answer is longer than the bound. */
  private static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("the answer is longer than the most a page may have");
    }
  }

  /**
   * Collects the body one buffer list at a time (asking for the next only after copying this one),
   * and cancels the exchange as soon as the body, or its declared length, passes the bound.
   */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private long received;

    CappedBody(long max, long declared) {
      this.max = max;
      this.declared = declared;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > max) {
        s.cancel();
        result.completeExceptionally(new TooLong());
      } else {
        s.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        received += buffer.remaining();
        if (received > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLong());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      result.cancel(false);
    }
  }
}
