package dev.offerstatus.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies with a size cap (refused from {@code Content-Length} before a byte is read,
 * or as soon as the stream passes the cap) and decodes them as strict UTF-8.
 */
final class RequestBodies {
  /** The default cap: far above any request of this API (a few hundred bytes). */
  static final int DEFAULT_MAX_BYTES = 1024 * 1024;

  /** How much of a refused or long body RecordedExchanges keeps. */
  static final int JOURNAL_BODY_CHARS = 4096;

  private RequestBodies() {}

  /** The body is larger than the cap; {@code declared} is its Content-Length, or -1. */
  static final class TooLargeException extends Exception {
    final long declared;

    TooLargeException(long declared) {
      super(null, null, false, false);
      this.declared = declared;
    }
  }

  /**
   * The whole body, at most {@code maxBytes}; refused from a larger {@code Content-Length} without
   * reading, or after reading {@code maxBytes + 1} bytes of a longer (e.g. chunked) stream.
   */
  static byte[] read(InputStream in, String contentLength, int maxBytes)
      throws IOException, TooLargeException {
    if (contentLength != null) {
      long declared;
      try {
        declared = Long.parseLong(contentLength.strip());
      } catch (NumberFormatException e) {
        declared = -1; // the JDK server has already refused a malformed one
      }
      if (declared > maxBytes) {
        throw new TooLargeException(declared);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 8192));
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > maxBytes) {
        throw new TooLargeException(-1);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The body as strict UTF-8.
   *
   * @throws CharacterCodingException at the first malformed or unmappable byte
   */
  static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** The byte offset of the first malformed UTF-8 sequence. */
  static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return in.position();
  }

  /** {@code text} cut to {@code max} characters, saying how long it was. */
  static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max) + "... (" + text.length() + " characters, truncated)";
  }
}
