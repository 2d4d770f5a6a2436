package dev.offerstatus.checks.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.OutputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.render.Renderings;
import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fetch-doc: downloads each page the spec names from the doc site's document-detail endpoint and
 * writes it as a Markdown snapshot where check-doc reads it.
 *
 * <p>Every page is fetched before any snapshot is written, so a failure leaves every snapshot as it
 * was; each snapshot is written beside its target and moved over it atomically. A page whose {@code
 * last_remote_update_timestamp} did not change (or whose bytes are the same) leaves its snapshot
 * untouched, so a build without upstream changes stays a no-op.
 *
 * <p>What a spec or a doc site can make it do is bounded: a snapshot path stays inside the spec's
 * folder and goes through no symbolic link ({@link UpstreamPage}); a page's answer is at most
 * {@link FetchConfig.Bounds#maxPageBytes()} long and complete within {@link
 * FetchConfig.Bounds#pageTimeout()}, all attempts included; a redirect is followed only within the
 * doc site ({@link BoundedGet}).
 */
public final class DocFetcher {
  /** The check's name in reports and messages. */
  public static final String NAME = "fetch-doc";

  /** The zone Feishu's site shows its dates in. */
  static final ZoneId FEISHU_ZONE = ZoneId.of("Asia/Shanghai");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern STAMP =
      Pattern.compile("(?m)^last_remote_update_timestamp:\\s*\"?(\\d+)\"?\\s*$");

  private DocFetcher() {}

  /** What happened to one page. */
  public enum Outcome {
    /** The snapshot did not exist and was written. */
    CREATED,
    /** The page changed and its snapshot was replaced. */
    UPDATED,
    /** The page did not change; the snapshot was not touched. */
    UNCHANGED
  }

  /**
   * One fetched page.
   *
   * @param page the page as the spec names it
   * @param url the URL it was fetched from
   * @param snapshot how reports call the snapshot file
   * @param lastRemoteUpdate the page's update date (yyyy-MM-dd, China time), or null when the
   *     endpoint did not say
   * @param outcome what happened to the snapshot
   */
  public record PageResult(
      UpstreamPage page, URI url, String snapshot, String lastRemoteUpdate, Outcome outcome) {}

  /** Fetches every page of the spec and writes the changed snapshots. */
  public static List<PageResult> run(FetchConfig config) {
    Objects.requireNonNull(config, "config == null");
    SpecDocument spec = SpecDocument.read(config.spec(), display(config.baseDir(), config.spec()));
    List<UpstreamPage> pages = UpstreamPage.of(spec, config.spec());
    HttpClient http = client(config);
    List<Fetched> fetched = new ArrayList<>();
    for (UpstreamPage page : pages) {
      fetched.add(fetch(http, config, page));
    }
    List<PageResult> results = new ArrayList<>();
    for (Fetched f : fetched) {
      String shown = display(config.baseDir(), f.page().snapshot());
      Outcome outcome = write(f, shown);
      results.add(new PageResult(f.page(), f.url(), shown, f.document().date(), outcome));
    }
    return List.copyOf(results);
  }

  private record Fetched(UpstreamPage page, URI url, DetailDocument document, String markdown) {}

  private static HttpClient client(FetchConfig config) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER) // BoundedGet follows them within the site
            .proxy(config.proxy().orElse(HttpClient.Builder.NO_PROXY));
    config
        .proxyCredentials()
        .ifPresent(
            credentials ->
                builder.authenticator(
                    new Authenticator() {
                      @Override
                      protected PasswordAuthentication getPasswordAuthentication() {
                        return getRequestorType() == RequestorType.PROXY ? credentials : null;
                      }
                    }));
    return builder.build();
  }

  private static Fetched fetch(HttpClient http, FetchConfig config, UpstreamPage page) {
    URI url;
    try {
      url = config.source().detailUrl(page.sourceUrl());
    } catch (IllegalArgumentException e) {
      throw new CheckInputException(
          page.pointer() + ": cannot map " + page.sourceUrl() + ": " + e.getMessage(), e);
    }
    BoundedGet get =
        new BoundedGet(http, config.source().baseUrl(), config.readTimeout(), config.bounds());
    long deadline = System.nanoTime() + config.bounds().pageTimeout().toNanos();
    int attempts = config.maxRetries() + 1;
    String problem = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Duration wait = config.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
      try {
        HttpResponse<byte[]> response = get.send(url, deadline);
        int status = response.statusCode();
        if (status == 200) {
          DetailDocument document = DetailDocument.parse(response.body(), url, page);
          return new Fetched(page, url, document, document.markdown(page.sourceUrl()));
        }
        problem = "answered HTTP " + status;
        if (status != 429 && status < 500) {
          throw failure(url, page, problem, attempt, config);
        }
        if (status == 429) {
          Duration asked = retryAfter(response);
          if (asked != null && asked.compareTo(FetchConfig.MAX_RETRY_AFTER) > 0) {
            throw failure(
                url,
                page,
                problem + " with Retry-After " + asked.toSeconds() + " s (longer than 60 s)",
                attempt,
                config);
          }
          wait = asked == null ? wait : asked;
        }
      } catch (BoundedGet.Refused e) {
        throw failure(url, page, e.getMessage(), attempt, config);
      } catch (HttpTimeoutException e) {
        problem = "did not answer within " + config.readTimeout().toMillis() + " ms";
      } catch (IOException e) {
        problem = "could not be reached (" + e.getClass().getSimpleName() + describe(e) + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CheckInputException("interrupted while fetching " + url, e);
      }
      if (attempt < attempts) {
        if (System.nanoTime() + wait.toNanos() - deadline > 0) {
          throw failure(
              url,
              page,
              problem
                  + "; another attempt in "
                  + wait.toMillis()
                  + " ms would pass the page deadline of "
                  + config.bounds().pageTimeout().toMillis()
                  + " ms (pageTimeout)",
              attempt,
              config);
        }
        try {
          config.sleeper().sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CheckInputException("interrupted while waiting to retry " + url, e);
        }
      }
    }
    throw failure(url, page, problem, attempts, config);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage();
  }

  private static CheckInputException failure(
      URI url, UpstreamPage page, String problem, int attempts, FetchConfig config) {
    return new CheckInputException(
        "GET "
            + url
            + " "
            + problem
            + (attempts == 1 ? "" : " (" + attempts + " attempts)")
            + "; page "
            + page.sourceUrl()
            + ": no snapshot was changed ("
            + display(config.baseDir(), page.snapshot())
            + " kept)");
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("\\d{1,9}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
        .orElse(null);
  }

  private static Outcome write(Fetched f, String shown) {
    Path target = f.page().snapshot();
    byte[] bytes = f.markdown().getBytes(StandardCharsets.UTF_8);
    boolean exists = Files.isRegularFile(target);
    if (exists) {
      try {
        byte[] old = Files.readAllBytes(target);
        if (Arrays.equals(old, bytes) || sameStamp(old, f.document())) {
          return Outcome.UNCHANGED;
        }
      } catch (IOException e) {
        throw new CheckInputException("cannot read snapshot " + shown + ": " + e, e);
      }
    }
    try {
      OutputFiles.replace(target, bytes);
    } catch (IOException e) {
      throw new CheckInputException(
          "cannot write snapshot " + shown + " (left as it was): " + e, e);
    }
    return exists ? Outcome.UPDATED : Outcome.CREATED;
  }

  /** The page's update stamp is the one the snapshot was written from: another rendering only. */
  private static boolean sameStamp(byte[] old, DetailDocument fetched) {
    if (fetched.updated() == null) {
      return false;
    }
    Matcher m = STAMP.matcher(new String(old, StandardCharsets.UTF_8));
    return m.find() && Long.parseLong(m.group(1)) == fetched.updated().toEpochMilli();
  }

  static String display(Path baseDir, Path file) {
    Path base = baseDir.toAbsolutePath().normalize();
    Path abs = file.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /**
   * The endpoint's answer: {@code {"code":0,"data":{"document":{"content": "...", "name": "...",
   * "updateTime": <epoch seconds or ms>}}}}.
   */
  record DetailDocument(String content, String title, Instant updated) {
    static DetailDocument parse(byte[] body, URI url, UpstreamPage page) {
      JsonNode root;
      try {
        root = JSON.readTree(body);
      } catch (IOException e) {
        throw new CheckInputException(
            "GET "
                + url
                + " answered HTTP 200 but not with JSON; page "
                + page.sourceUrl()
                + ": no snapshot was changed",
            e);
      }
      if (root == null || root.path("code").asInt(-1) != 0) {
        throw new CheckInputException(
            "GET "
                + url
                + " answered code "
                + (root == null ? "(none)" : root.path("code").asText("(none)"))
                + (root == null || root.path("msg").asText("").isEmpty()
                    ? ""
                    : " (" + root.path("msg").asText() + ")")
                + "; page "
                + page.sourceUrl()
                + ": no snapshot was changed");
      }
      JsonNode document = root.path("data").path("document");
      JsonNode content = document.path("content");
      if (!content.isTextual() || content.asText().isBlank()) {
        throw new CheckInputException(
            "GET "
                + url
                + " answered without data.document.content; page "
                + page.sourceUrl()
                + ": no snapshot was changed");
      }
      Instant updated = null;
      JsonNode time = document.path("updateTime");
      if (time.canConvertToLong() || time.isTextual() && time.asText().matches("\\d+")) {
        long t = time.asLong();
        updated = t > 100_000_000_000L ? Instant.ofEpochMilli(t) : Instant.ofEpochSecond(t);
      }
      String title = document.path("name").asText("").strip();
      return new DetailDocument(content.asText(), title.isEmpty() ? null : title, updated);
    }

    String date() {
      return updated == null ? null : updated.atZone(FEISHU_ZONE).toLocalDate().toString();
    }

    /** The snapshot: front matter like the vendored pages', then the content as Markdown. */
    String markdown(String sourceUrl) {
      StringBuilder out = new StringBuilder("---\n");
      if (title != null) {
        out.append("title: \"")
            .append(title.replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"\n");
      }
      out.append("source_url: ").append(sourceUrl).append('\n');
      if (updated != null) {
        out.append("last_remote_update: ").append(date()).append('\n');
        out.append("last_remote_update_timestamp: ").append(updated.toEpochMilli()).append('\n');
      }
      out.append("---\n");
      String body = Renderings.toMarkdown(content);
      out.append(body);
      if (!body.endsWith("\n")) {
        out.append('\n');
      }
      return out.toString();
    }
  }
}
