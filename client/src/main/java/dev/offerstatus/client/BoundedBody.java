package dev.offerstatus.client;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Reads an answer body up to a cap, refusing a longer one from its Content-Length or stream. */
final class BoundedBody {
  private BoundedBody() {}

  /** The body was longer than the cap; it was not read further. */
  static final class TooLargeException extends RuntimeException {
    final int status;
    final String logId;

    TooLargeException(String message, int status, String logId) {
      super(message, null, false, false);
      this.status = status;
      this.logId = logId;
    }
  }

  /**
   * @param logId the answer's log id, named when the body is refused
   */
  static byte[] read(Response response, long max, String logId) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return new byte[0];
    }
    long declared = body.contentLength();
    if (declared > max) {
      throw tooLarge(response, declared + " bytes declared", max, logId);
    }
    BufferedSource source = body.source();
    if (source.request(max + 1)) {
      throw tooLarge(response, "more than " + max + " bytes", max, logId);
    }
    return source.getBuffer().readByteArray();
  }

  private static TooLargeException tooLarge(
      Response response, String size, long max, String logId) {
    MediaType mediaType = response.body() == null ? null : response.body().contentType();
    String type = mediaType == null ? "" : mediaType.toString();
    return new TooLargeException(
        "expected Feishu's JSON envelope but got a body of "
            + size
            + ", over the client's "
            + max
            + "-byte cap; not read further (HTTP "
            + response.code()
            + ", "
            + OfferStatusException.describeLogId(logId)
            + ", "
            + (type.isEmpty() ? "no Content-Type" : type)
            + ")",
        response.code(),
        logId);
  }
}
