package dev.offerstatus.client.redis;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A Redis URI, {@code redis://[[user]:password@]host[:port][/db]} or {@code rediss://} for TLS,
 * read without ever echoing its password: a URI that cannot be read is refused with a message that
 * names the part that is wrong and shows the rest masked ({@code redis://:***@host:6379}).
 *
 * <p>Everything before the last {@code @} is the user info, whatever it holds, so a password with
 * an unencoded {@code #}, {@code /}, {@code ?} or {@code @} is masked and refused, never taken for
 * a fragment, path, query or host. A user info without {@code :} is a password alone (Redis' legacy
 * form). Percent escapes in the user name and password are decoded as UTF-8.
 */
public final class RedisUri {
  /** The port when the URI names none. */
  public static final int DEFAULT_PORT = 6379;

  private static final String SHAPE =
      "redis://[[user]:password@]host[:port][/db] (or rediss:// for TLS)";
  private static final String ENCODE =
      "write it percent-encoded (# as %23, / as %2F, ? as %3F, @ as %40, % as %25, space as %20)";

  private final boolean tls;
  private final String user;
  private final String password;
  private final String host;
  private final int port;
  private final Integer database;
  private final String redacted;

  private RedisUri(
      boolean tls,
      String user,
      String password,
      String host,
      int port,
      Integer database,
      String redacted) {
    this.tls = tls;
    this.user = user;
    this.password = password;
    this.host = host;
    this.port = port;
    this.database = database;
    this.redacted = redacted;
  }

  /**
   * Reads {@code uri}.
   *
   * @throws IllegalArgumentException naming the part that is wrong, the URI shown as {@link
   *     RedisUris#redact(String)} shows it (never its password)
   */
  public static RedisUri parse(String uri) {
    Objects.requireNonNull(uri, "uri == null");
    Parts parts = Parts.split(uri);
    if (parts == null) {
      throw new IllegalArgumentException(
          "Redis URI ("
              + uri.length()
              + " characters, not shown) does not start with a scheme and \"://\": write "
              + SHAPE);
    }
    String shown = parts.masked();
    String scheme = parts.scheme.toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw refused(shown, "the scheme \"" + printable(parts.scheme) + "\" is not redis or rediss");
    }
    String user = null;
    String password = null;
    if (parts.userInfo != null) {
      int colon = parts.userInfo.indexOf(':');
      if (colon < 0) {
        password = decode(parts.userInfo, "password", shown, false);
      } else {
        user = decode(parts.userInfo.substring(0, colon), "user name", shown, true);
        password = decode(parts.userInfo.substring(colon + 1), "password", shown, false);
        if (user.isEmpty()) {
          user = null;
        }
      }
    }
    String host = host(parts.host, shown);
    int port = port(parts.port, shown);
    Integer database = database(parts.path, shown);
    if (parts.query != null) {
      throw refused(
          shown,
          "it has a query (after \"?\", not shown), and this client reads no options from the"
              + " URI");
    }
    if (parts.fragment != null) {
      throw refused(
          shown, "it has a fragment (after \"#\", not shown), which a Redis URI has no use for");
    }
    return new RedisUri(scheme.equals("rediss"), user, password, host, port, database, shown);
  }

  /** Whether the connection uses TLS ({@code rediss://}). */
  public boolean tls() {
    return tls;
  }

  /** The ACL user name, or null for the default user. */
  public String user() {
    return user;
  }

  /** The password, or null for none; never shown by {@link #toString()}. */
  String password() {
    return password;
  }

  /** The host name or IP address (an IPv6 address without its brackets). */
  public String host() {
    return host;
  }

  /** The port ({@value #DEFAULT_PORT} when the URI names none). */
  public int port() {
    return port;
  }

  /** The database index, when the URI names one. */
  public OptionalInt database() {
    return database == null ? OptionalInt.empty() : OptionalInt.of(database);
  }

  /** The URI with its password replaced by {@code ***}. */
  public String redacted() {
    return redacted;
  }

  /** As {@link #redacted()}. */
  @Override
  public String toString() {
    return redacted;
  }

  /** The masked form of any text, read or not: see {@link RedisUris#redact(String)}. */
  static String mask(String uri) {
    Parts parts = Parts.split(uri);
    return parts == null ? "(" + uri.length() + " characters, not shown)" : parts.masked();
  }

  private static IllegalArgumentException refused(String shown, String why) {
    return new IllegalArgumentException("Redis URI " + shown + " is not " + SHAPE + ": " + why);
  }

  /** Percent-decodes one part of the user info; only the user name is ever quoted. */
  private static String decode(String raw, String part, String shown, boolean quotable) {
    String quoted = quotable ? " \"" + printable(raw) + "\"" : "";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (low < 0) {
          throw refused(
              shown,
              "the "
                  + part
                  + quoted
                  + " holds a \"%\" that does not start a percent escape (%XX); "
                  + ENCODE);
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (allowedInUserInfo(c)) {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      } else {
        throw refused(
            shown,
            "the "
                + part
                + quoted
                + " holds a character a URI must percent-encode there (one of # / ? @ [ ] \" < > \\"
                + " ^ ` { | }, a space or a control character); "
                + ENCODE);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused(shown, "the " + part + quoted + " decodes to bytes that are not UTF-8");
    }
  }

  /** RFC 3986 user info: unreserved, sub-delims, ':' (split off before) and non-ASCII text. */
  private static boolean allowedInUserInfo(char c) {
    if (c >= 0x80) {
      return !Character.isISOControl(c) && !Character.isWhitespace(c);
    }
    return Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:".indexOf(c) >= 0;
  }

  private static String host(String raw, String shown) {
    if (raw.isEmpty()) {
      throw refused(shown, "the host is missing");
    }
    if (raw.startsWith("[")) {
      String inside = raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : "";
      if (!inside.isEmpty() && inside.chars().allMatch(c -> c == ':' || c == '.' || hex(c))) {
        return inside;
      }
      throw refused(
          shown, "the host \"" + printable(raw) + "\" is not an IPv6 address in brackets");
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!(c < 0x80 && Character.isLetterOrDigit(c)) && c != '-' && c != '.' && c != '_') {
        throw refused(
            shown, "the host \"" + printable(raw) + "\" is not a host name or an IP address");
      }
    }
    return raw;
  }

  private static int port(String raw, String shown) {
    if (raw == null) {
      return DEFAULT_PORT;
    }
    int port = smallNumber(raw);
    if (port < 1 || port > 65_535) {
      throw refused(shown, "the port \"" + printable(raw) + "\" is not a number from 1 to 65535");
    }
    return port;
  }

  private static Integer database(String path, String shown) {
    if (path.isEmpty() || path.equals("/")) {
      return null;
    }
    int db = smallNumber(path.substring(1));
    if (db < 0) {
      throw refused(
          shown,
          "the path \""
              + printable(path)
              + "\" is not a database index (\"/\" and a number: /0, /1, ...)");
    }
    return db;
  }

  /** The decimal number {@code s} (at most 9 ASCII digits), else -1. */
  private static int smallNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static boolean hex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A part that is not secret, as it appears in a message: control characters escaped. */
  private static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** The URI cut into its parts, before any of them is checked. */
  private record Parts(
      String scheme,
      String userInfo,
      String host,
      String port,
      String path,
      String query,
      String fragment) {

    /** The parts; null when there is no {@code scheme://} (nothing can be told apart). */
    static Parts split(String uri) {
      int schemeEnd = uri.indexOf("://");
      if (schemeEnd <= 0 || !isScheme(uri.substring(0, schemeEnd))) {
        return null;
      }
      String scheme = uri.substring(0, schemeEnd);
      String rest = uri.substring(schemeEnd + 3);
      // Everything before the last '@' is user info: a host never holds '@', a password may.
      int at = rest.lastIndexOf('@');
      String userInfo = at < 0 ? null : rest.substring(0, at);
      String tail = rest.substring(at + 1);
      String fragment = null;
      int hash = tail.indexOf('#');
      if (hash >= 0) {
        fragment = tail.substring(hash + 1);
        tail = tail.substring(0, hash);
      }
      String query = null;
      int question = tail.indexOf('?');
      if (question >= 0) {
        query = tail.substring(question + 1);
        tail = tail.substring(0, question);
      }
      int slash = tail.indexOf('/');
      String authority = slash < 0 ? tail : tail.substring(0, slash);
      String path = slash < 0 ? "" : tail.substring(slash);
      int portColon = authority.lastIndexOf(':');
      if (portColon >= 0 && authority.indexOf(']', portColon) < 0) {
        return new Parts(
            scheme,
            userInfo,
            authority.substring(0, portColon),
            authority.substring(portColon + 1),
            path,
            query,
            fragment);
      }
      return new Parts(scheme, userInfo, authority, null, path, query, fragment);
    }

    /**
     * The URI with the password, the query and the fragment masked; the user name, host, port and
     * path shown (escaped).
     */
    String masked() {
      StringBuilder out = new StringBuilder(printable(scheme)).append("://");
      if (userInfo != null) {
        int colon = userInfo.indexOf(':');
        if (colon >= 0) {
          out.append(printable(userInfo.substring(0, colon)));
        }
        out.append(":***@");
      }
      out.append(printable(host));
      if (port != null) {
        out.append(':').append(printable(port));
      }
      out.append(printable(path));
      if (query != null) {
        out.append("?***");
      }
      if (fragment != null) {
        out.append("#***");
      }
      return out.toString();
    }

    private static boolean isScheme(String s) {
      if (!Character.isLetter(s.charAt(0)) || s.charAt(0) >= 0x80) {
        return false;
      }
      for (int i = 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c < 0x80 && Character.isLetterOrDigit(c)) && c != '+' && c != '-' && c != '.') {
          return false;
        }
      }
      return true;
    }
  }
}
