package dev.offerstatus.checks.payloads;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Route;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a {@code .http} payload fixture: an HTTP request as sent, its request line ({@code PATCH
 * /open-apis/hire/v1/offers/123/offer_status}, an optional {@code ?query} and HTTP version; an
 * absolute URL is read from its path), its header lines, a blank line and its JSON body (none when
 * blank). The method and path choose the operation (the spec's {@code route}); the path's and the
 * query's values are percent-decoded (UTF-8) parameters, a {@code +} in the query read as a space
 * (form encoding, as the simulator reads it). Headers are read, not checked.
 */
final class HttpFixtures {
  private static final Pattern REQUEST_LINE =
      Pattern.compile("([A-Za-z]+) +(\\S+)(?: +HTTP/\\d(?:\\.\\d)?)? *");
  private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+:.*");
  private static final Pattern ABSOLUTE = Pattern.compile("(?i)https?://[^/?#]*");

  private HttpFixtures() {}

  /** The request of a fixture's text. */
  static FixtureRequest read(String text, String name, ContractModel model) {
    List<String> lines = text.lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      return FixtureRequest.problem(name, "", "empty: " + shape());
    }
    String at = name + ":" + (first + 1);
    Matcher line = REQUEST_LINE.matcher(lines.get(first));
    if (!line.matches()) {
      return FixtureRequest.problem(
          at, "", "not a request line: \"" + lines.get(first) + "\"; " + shape());
    }
    int blank = first + 1;
    for (; blank < lines.size() && !lines.get(blank).isBlank(); blank++) {
      if (!HEADER.matcher(lines.get(blank)).matches()) {
        return FixtureRequest.problem(
            name + ":" + (blank + 1),
            "",
            "not a header line (Name: value): \"" + lines.get(blank) + "\"");
      }
    }
    String body =
        blank >= lines.size() ? "" : String.join("\n", lines.subList(blank + 1, lines.size()));
    String method = line.group(1);
    String target = ABSOLUTE.matcher(line.group(2)).replaceFirst("");
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    Route route = model.route(method, path).orElse(null);
    if (route == null) {
      return FixtureRequest.problem(
          at,
          "",
          "no operation of the spec is "
              + method
              + " "
              + path
              + " (it has: "
              + model.operations().stream().map(Operation::label).collect(Collectors.joining(", "))
              + ")");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> p : route.pathParameters().entrySet()) {
        parameters.put(p.getKey(), decode(p.getValue()));
      }
      if (question >= 0) {
        String problem = query(route.operation(), target.substring(question + 1), parameters);
        if (problem != null) {
          return FixtureRequest.problem(at, "", problem);
        }
      }
    } catch (IllegalArgumentException e) {
      return FixtureRequest.problem(at, "", e.getMessage());
    }
    return FixtureRequest.of(route.operation(), parameters, body.isBlank() ? null : body);
  }

  private static String query(Operation operation, String query, Map<String, String> out) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode((eq < 0 ? pair : pair.substring(0, eq)).replace('+', ' '));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1).replace('+', ' '));
      if (operation.parameters("query").stream().noneMatch(p -> p.name().equals(key))) {
        return "query parameter "
            + key
            + " is not a parameter of "
            + operation.operationId()
            + " (its query parameters: "
            + operation.parameters("query").stream()
                .map(Parameter::name)
                .collect(Collectors.joining(", "))
            + ")";
      }
      out.put(key, value);
    }
    return null;
  }

  /** Percent-decodes one path segment or query part as UTF-8. */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    int i = 0;
    while (i < raw.length()) {
      int percent = raw.indexOf('%', i);
      if (percent != i) {
        int end = percent < 0 ? raw.length() : percent;
        bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
        continue;
      }
      int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (high < 0 || low < 0) {
        throw new IllegalArgumentException("bad percent-encoding in \"" + raw + "\"");
      }
      bytes.write(high * 16 + low);
      i += 3;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("percent-encoding that is not UTF-8 in \"" + raw + "\"");
    }
  }

  private static String shape() {
    return "a .http payload file is a request line (METHOD /path), header lines, a blank line"
        + " and the JSON body";
  }
}
