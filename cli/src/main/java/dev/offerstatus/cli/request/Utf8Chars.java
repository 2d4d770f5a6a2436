package dev.offerstatus.cli.request;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a UTF-8 stream, decoded strictly chunk by chunk (a malformed byte is reported
 * with its line), without a leading BOM, with one character of look-ahead.
 */
public final class Utf8Chars {
  private static final int NONE = -2;
  private final InputStream in;
  private final String name;
  private final CliMessages t;
  private final CharsetDecoder decoder = strictDecoder();
  private final byte[] bytes = new byte[64 * 1024];
  private final ByteBuffer byteBuffer = ByteBuffer.wrap(bytes).limit(0);
  private final CharBuffer charBuffer = CharBuffer.allocate(64 * 1024).limit(0);
  private final StringBuilder replay = new StringBuilder();
  private int replayAt;
  private long newlines;
  private boolean eof;
  private boolean started;
  private int ahead = NONE;

  public Utf8Chars(InputStream in, String name, CliMessages t) {
    this.in = in;
    this.name = name;
    this.t = t;
  }

  /**
   * The first character that is not white space, or -1 when there is none; everything read is
   * replayed by {@link #next()}.
   */
  public int firstVisible() throws IOException {
    int c;
    while ((c = raw()) >= 0) {
      replay.append((char) c);
      if (!Character.isWhitespace(c) || replay.length() > 64 * 1024) {
        return c;
      }
    }
    return -1;
  }

  public int peek() throws IOException {
    if (ahead == NONE) {
      ahead = next();
    }
    return ahead;
  }

  public int next() throws IOException {
    if (ahead != NONE) {
      int c = ahead;
      ahead = NONE;
      return c;
    }
    if (replayAt < replay.length()) {
      char c = replay.charAt(replayAt++);
      if (replayAt == replay.length()) {
        replay.setLength(0);
        replay.trimToSize();
        replayAt = 0;
      }
      return c;
    }
    return raw();
  }

  private int raw() throws IOException {
    if (!charBuffer.hasRemaining() && !fill()) {
      return -1;
    }
    char c = charBuffer.get();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        return raw();
      }
    }
    return c;
  }

  private boolean fill() throws IOException {
    charBuffer.clear();
    while (true) {
      if (!eof) {
        byteBuffer.compact();
        int n = in.read(bytes, byteBuffer.position(), byteBuffer.remaining());
        if (n < 0) {
          eof = true;
        } else {
          byteBuffer.position(byteBuffer.position() + n);
        }
        byteBuffer.flip();
      }
      int start = byteBuffer.position();
      CoderResult result = decoder.decode(byteBuffer, charBuffer, eof);
      for (int i = start; i < byteBuffer.position(); i++) {
        if (bytes[i] == '\n') {
          newlines++;
        }
      }
      if (result.isError()) {
        throw new CliException(ExitCodes.USAGE, t.get("file.notUtf8", name, newlines + 1));
      }
      if (eof && !byteBuffer.hasRemaining()) {
        decoder.flush(charBuffer);
      }
      if (charBuffer.position() > 0) {
        charBuffer.flip();
        return true;
      }
      if (eof) {
        charBuffer.flip();
        return false;
      }
    }
  }

  /** Strict UTF-8 without a leading BOM; a malformed byte is reported with its line. */
  public static String decode(byte[] bytes, String name, CliMessages t) {
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new CliException(ExitCodes.USAGE, t.get("file.notUtf8", name, line));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
