package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Route;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Routes every request of the simulator by the spec's operations (method + path template): the
 * token operation to its endpoint, every other operation through the same authorization to the
 * generic {@link OperationEndpoint}, and the provider-state endpoint; reads the body within its
 * cap, and records every exchange (the last ones, in RecordedExchanges) and the stats. Every code,
 * message and status it answers comes from the spec by kind ({@link SpecReplies}).
 */
final class SimulatorHandler implements HttpHandler {
  static final String STATE_PATH = "/_pact/provider-states";

  private static final String JSON = "application/json; charset=utf-8";
  private static final DateTimeFormatter LOG_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final ObjectMapper mapper;
  private final ContractModel model;
  private final Operation tokenOperation;
  private final SpecReplies replies;
  private final Authorizer authorizer;

  /** The response header that carries the log id, as the spec's responses name it. */
  private final String logIdHeader;

  private final TokenEndpoint tokenEndpoint;
  private final OperationEndpoint operations;
  private final ProviderStates states;
  private final ProviderStateGate stateGate;
  private final InstantSource clock;
  private final int maxBodyBytes;
  private final AtomicLong operationRequests = new AtomicLong();
  private final RecordedExchanges recorded = new RecordedExchanges();
  private final SimulatorStats stats;

  SimulatorHandler(
      ContractModel model,
      Map<String, AppCredentials> apps,
      TokenStore tokens,
      RateWindows rateWindows,
      OperationEndpoint operations,
      ProviderStates states,
      InstantSource clock,
      int maxBodyBytes,
      ProviderStateGate stateGate) {
    this.mapper = new ObjectMapper();
    this.model = model;
    this.tokenOperation = model.requireTokenOperation();
    this.replies = operations.replies();
    this.authorizer = new Authorizer(model, apps, tokens, rateWindows, replies);
    this.logIdHeader = model.requireLogIdHeader();
    this.tokenEndpoint = new TokenEndpoint(mapper, apps, tokens, clock, replies);
    this.operations = operations;
    this.states = states;
    this.stateGate = stateGate;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.stats = new SimulatorStats(clock.instant());
  }

  /** The endpoint of every operation but the token operation. */
  OperationEndpoint operations() {
    return operations;
  }

  SimulatorStats stats() {
    return stats;
  }

  long operationRequests() {
    return operationRequests.get();
  }

  /** The last {@value RecordedExchanges#SIZE} exchanges, oldest first. */
  RecordedExchanges recorded() {
    return recorded;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    // Closed whatever happens (even an Error): a client never waits for an answer that never comes.
    try (exchange) {
      if (exchange.getRequestURI().getRawPath().equals(SimulatorStats.PATH)
          && exchange.getRequestMethod().equals("GET")) {
        send(exchange, new Reply(200, stats.toJson(mapper)), logId()); // not itself counted
        return;
      }
      String logId = logId();
      byte[] raw;
      try {
        raw =
            RequestBodies.read(
                exchange.getRequestBody(),
                exchange.getRequestHeaders().getFirst("Content-Length"),
                maxBodyBytes);
      } catch (RequestBodies.TooLargeException e) {
        Reply reply = replies.tooLarge(e.declared, maxBodyBytes);
        record(
            exchange,
            "<body refused: "
                + (e.declared >= 0 ? e.declared + " bytes declared" : "more than " + maxBodyBytes)
                + ", over the "
                + maxBodyBytes
                + "-byte cap>",
            reply);
        exchange.getResponseHeaders().set("Connection", "close");
        send(exchange, reply, logId);
        return;
      }
      String body;
      Reply reply;
      try {
        body = RequestBodies.utf8(raw);
        reply = routeSafely(exchange, body, logId);
      } catch (CharacterCodingException e) {
        body = "<" + raw.length + " bytes, not UTF-8>";
        reply = notUtf8(exchange, raw, logId);
      }
      record(exchange, RequestBodies.truncate(body, RequestBodies.JOURNAL_BODY_CHARS), reply);
      send(exchange, reply, logId);
    }
  }

  private Reply routeSafely(HttpExchange exchange, String body, String logId) {
    try {
      return route(exchange, body, logId);
    } catch (RuntimeException e) {
      Optional<Route> route =
          model.route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
      Operation op = route.map(Route::operation).orElse(tokenOperation);
      return replies.failure(op, "the simulator failed: " + e.getMessage(), logId);
    }
  }

  private Reply route(HttpExchange exchange, String body, String logId) {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    if (path.equals(STATE_PATH) && stateGate.enabled()) {
      if (!method.equals("POST")) {
        return replies.notFound(method, path);
      }
      Reply refused = stateGate.refusal(exchange.getRequestHeaders());
      return refused != null ? refused : states.change(body);
    }
    Optional<Route> route = model.route(method, path);
    if (route.isEmpty()) {
      return replies.notFound(method, path);
    }
    Operation op = route.get().operation();
    if (op == tokenOperation) {
      return tokenEndpoint.issue(body);
    }
    if (op.stateMachine().isPresent()) {
      operationRequests.incrementAndGet();
    }
    if (op.authenticated()) {
      Reply denied =
          authorizer.refusal(
              exchange.getRequestHeaders().getFirst(authorizer.credentialsHeader()), op, logId);
      if (denied != null) {
        return denied;
      }
    }
    Map<String, String> params =
        RequestParameters.of(route.get().pathParameters(), exchange.getRequestURI().getRawQuery());
    return operations.serve(
        op, params, body, exchange.getRequestHeaders().getFirst("Accept-Language"), logId);
  }

  /**
   * A body that is not UTF-8 is a parameter error (1002002) on the operation, an invalid param
   * (10003) on the token endpoint, 400 elsewhere: never decoded with replacement characters.
   */
  private Reply notUtf8(HttpExchange exchange, byte[] raw, String logId) {
    String detail = "request body: not valid UTF-8 at byte " + RequestBodies.firstBadByte(raw);
    Optional<Route> route =
        model.route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
    if (route.isPresent() && route.get().operation() == tokenOperation) {
      return replies.tokenError(ErrorKind.TOKEN_REQUEST_INVALID, detail);
    }
    if (route.isPresent()) {
      Operation op = route.get().operation();
      int parameter = model.requireErrorCode(op, ErrorKind.PARAMETER).code();
      return replies.detailed(op, parameter, detail + " (rule utf-8)", logId);
    }
    return replies.badRequest(detail);
  }

  private void record(HttpExchange exchange, String body, Reply reply) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    int code = reply.body().path("code").asInt();
    stats.record(operationOf(method, path), code);
    recorded.record(
        new RecordedExchange(
            method,
            RequestBodies.truncate(path, Echo.MAX_CHARS * 10),
            exchange.getRequestHeaders().getFirst(authorizer.credentialsHeader()),
            body,
            reply.status(),
            code));
  }

  /** The operationId a request is routed to, for the stats: the same routing as route(). */
  private String operationOf(String method, String path) {
    if (path.equals(STATE_PATH)) {
      return "providerStates";
    }
    return model.route(method, path).map(r -> r.operation().operationId()).orElse("unrouted");
  }

  private void send(HttpExchange exchange, Reply reply, String logId) throws IOException {
    exchange.getResponseHeaders().set(logIdHeader, logId);
    exchange.getResponseHeaders().set("Content-Type", JSON);
    reply.headers().forEach(exchange.getResponseHeaders()::set);
    byte[] bytes = mapper.writeValueAsBytes(reply.body());
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String logId() {
    return LOG_ID_TIME.format(clock.instant())
        + HexFormat.of()
            .toHexDigits(ThreadLocalRandom.current().nextLong())
            .toUpperCase(Locale.ROOT);
  }
}
