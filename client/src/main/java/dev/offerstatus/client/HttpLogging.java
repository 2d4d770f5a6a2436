package dev.offerstatus.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in request/response logging at DEBUG (logger {@code dev.offerstatus.client.http}) with the
 * {@code Authorization} header (and any header the spec carries a token in), the app secret and
 * every token redacted and bodies truncated.
 */
final class HttpLogging implements Interceptor {
  static final Logger LOG = LoggerFactory.getLogger("dev.offerstatus.client.http");
  static final String REDACTED = "<redacted>";

  /** JSON members whose string value is a credential: the token request and answer carry them. */
  private static final Pattern SECRET_MEMBER =
      Pattern.compile(
          "(\"(?:app_secret|[a-z_]*access_token|refresh_token|app_ticket)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  /** The same member cut off by the logged prefix of a body: its partial value is dropped too. */
  private static final Pattern CUT_SECRET_MEMBER =
      Pattern.compile(
          "(\"(?:app_secret|[a-z_]*access_token|refresh_token|app_ticket)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\\z");

  private static final Pattern SECRET_HEADER =
      Pattern.compile("(?i)authorization|proxy-authorization|cookie|set-cookie");

  private final int maxBodyChars;
  private final Set<String> tokenHeaders;

  /**
   * @param tokenHeaders the headers the spec puts a token in (any case), redacted like {@code
   *     Authorization}
   */
  HttpLogging(int maxBodyChars, Set<String> tokenHeaders) {
    this.maxBodyChars = maxBodyChars;
    this.tokenHeaders =
        tokenHeaders.stream()
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    LOG.debug(
        "--> {} {}{}{}",
        request.method(),
        request.url(),
        headers(request.headers()),
        body(request.body()));
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    String text = "";
    if (body != null) {
      // peekBody: the caller still reads the whole body; only the logged part is buffered twice.
      ResponseBody peeked = response.peekBody(maxBodyChars * 4L + 4);
      text = truncate(redact(peeked.string()), body.contentLength());
    }
    LOG.debug(
        "<-- {} {}{}{}",
        response.code(),
        request.url(),
        headers(response.headers()),
        text.isEmpty() ? "" : "\n" + text);
    return response;
  }

  static String redact(String json) {
    Matcher m = SECRET_MEMBER.matcher(json);
    String whole = m.replaceAll("$1\"" + REDACTED + "\"");
    return CUT_SECRET_MEMBER.matcher(whole).replaceAll("$1\"" + REDACTED);
  }

  private String headers(Headers headers) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value =
          SECRET_HEADER.matcher(name).matches()
                  || tokenHeaders.contains(name.toLowerCase(Locale.ROOT))
              ? REDACTED
              : headers.value(i);
      out.append('\n').append(name).append(": ").append(value);
    }
    return out.toString();
  }

  private String body(RequestBody body) throws IOException {
    if (body == null) {
      return "";
    }
    MediaType type = body.contentType();
    if (type != null && !"json".equals(type.subtype()) && !type.subtype().endsWith("+json")) {
      return "\n(" + body.contentLength() + "-byte " + type + " body)";
    }
    try (Buffer buffer = new Buffer()) {
      body.writeTo(buffer);
      return "\n" + truncate(redact(buffer.readString(StandardCharsets.UTF_8)), -1);
    }
  }

  private String truncate(String text, long declaredLength) {
    if (text.length() <= maxBodyChars) {
      return text;
    }
    return text.substring(0, maxBodyChars)
        + "… (truncated at "
        + maxBodyChars
        + " chars"
        + (declaredLength > 0 ? " of " + declaredLength + " bytes" : "")
        + ")";
  }
}
