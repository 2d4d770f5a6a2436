package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Route;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Routes every request of the simulator by the spec's operations (method + path template): the
 * token operation, then one handler per operationId (the write, getOffer, listOffers), and the
 * provider-state endpoint. Every code, message and status it answers comes from the spec by kind.
 */
final class SimulatorHandler implements HttpHandler {
  static final String STATE_PATH = "/_pact/provider-states";

  /** {@code Bearer <token>}: one run of visible characters; anything else is malformed. */
  private static final Pattern BEARER = Pattern.compile("Bearer (\\S+)");

  private static final String JSON = "application/json; charset=utf-8";
  private static final DateTimeFormatter LOG_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** The operationId of the write operation in the spec. */
  static final String WRITE_OPERATION = "internOfferStatus";

  private final ObjectMapper mapper = new ObjectMapper();
  private final ContractModel model;
  private final Operation write;
  private final Operation tokenOperation;
  private final Duration reissueBelow;
  private final ReadOperations reads;
  private final Map<String, OperationHandler> handlers;
  private final Map<String, AppCredentials> apps;
  private final TokenStore tokens;
  private final RateLimiter limiter;
  private final OfferBook offers;
  private final OfferStatusRules rules;
  private final ProviderStates states;
  private final InstantSource clock;
  private final int maxBodyBytes;
  private final ProviderStateGate stateGate;
  private final AtomicLong operationRequests = new AtomicLong();
  private final Deque<RecordedExchange> journal = new ArrayDeque<>();
  private final Map<Integer, LongAdder> answersByCode = new ConcurrentHashMap<>();
  private final SimulatorStats stats;

  SimulatorHandler(
      ContractModel model,
      Map<String, AppCredentials> apps,
      TokenStore tokens,
      RateLimiter limiter,
      OfferBook offers,
      OfferStatusRules rules,
      ProviderStates states,
      InstantSource clock,
      int maxBodyBytes,
      ProviderStateGate stateGate,
      ReadOperations reads) {
    this.model = model;
    this.write = model.requireOperation(WRITE_OPERATION);
    this.tokenOperation = model.requireTokenOperation();
    this.reissueBelow = model.tokenPolicy().orElseThrow().reissueBelow();
    this.reads = reads;
    this.handlers =
        Map.of(
            WRITE_OPERATION,
            this::operation,
            "getOffer",
            this::getOffer,
            "listOffers",
            this::listOffers);
    this.apps = apps;
    this.tokens = tokens;
    this.limiter = limiter;
    this.offers = offers;
    this.rules = rules;
    this.states = states;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.stateGate = stateGate;
    this.stats = new SimulatorStats(clock.instant());
  }

  SimulatorStats stats() {
    return stats;
  }

  /** The operationId a request is routed to, for the stats: the same routing as route(). */
  private String operationOf(String method, String path) {
    if (path.equals(STATE_PATH)) {
      return "providerStates";
    }
    return model.route(method, path).map(r -> r.operation().operationId()).orElse("unrouted");
  }

  long operationRequests() {
    return operationRequests.get();
  }

  /** The last {@value #JOURNAL_SIZE} exchanges, oldest first. */
  List<RecordedExchange> journal() {
    synchronized (journal) {
      return List.copyOf(journal);
    }
  }

  static final int JOURNAL_SIZE = 1000;

  /** How many answers carried this {@code code}, since the start (never truncated). */
  long answers(int code) {
    LongAdder count = answersByCode.get(code);
    return count == null ? 0 : count.sum();
  }

  private void record(RecordedExchange exchange) {
    answersByCode.computeIfAbsent(exchange.code(), c -> new LongAdder()).increment();
    synchronized (journal) {
      if (journal.size() == JOURNAL_SIZE) {
        journal.removeFirst();
      }
      journal.addLast(exchange);
    }
  }

  /** A response to write: status, JSON body and extra headers. */
  record Reply(int status, JsonNode body, Map<String, String> headers) {
    Reply(int status, JsonNode body) {
      this(status, body, Map.of());
    }
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
        Reply reply = tooLarge(e.declared);
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
      int system = model.requireErrorCode(write, ErrorKind.SYSTEM).code();
      return error(
          write,
          system,
          model.errorMessage(write, system) + ": the simulator failed: " + e.getMessage(),
          logId);
    }
  }

  private void record(HttpExchange exchange, String body, Reply reply) {
    stats.record(
        operationOf(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()),
        reply.body().path("code").asInt());
    record(
        new RecordedExchange(
            exchange.getRequestMethod(),
            RequestBodies.truncate(exchange.getRequestURI().getRawPath(), Echo.MAX_CHARS * 10),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body,
            reply.status(),
            reply.body().path("code").asInt()));
  }

  private void send(HttpExchange exchange, Reply reply, String logId) throws IOException {
    exchange.getResponseHeaders().set("X-Tt-Logid", logId);
    exchange.getResponseHeaders().set("Content-Type", JSON);
    reply.headers().forEach(exchange.getResponseHeaders()::set);
    byte[] bytes = mapper.writeValueAsBytes(reply.body());
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** 413, at once: the platform's gateway answers an oversized body the same way. */
  private Reply tooLarge(long declared) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 413);
    answer.put(
        "msg",
        "request body too large: "
            + (declared >= 0 ? declared + " bytes" : "more than " + maxBodyBytes + " bytes")
            + ", the simulator accepts at most "
            + maxBodyBytes);
    return new Reply(413, answer);
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
      return tokenError(ErrorKind.TOKEN_REQUEST_INVALID, detail);
    }
    if (route.isPresent()) {
      Operation op = route.get().operation();
      int parameter = model.requireErrorCode(op, ErrorKind.PARAMETER).code();
      return error(
          op,
          parameter,
          model.errorMessage(op, parameter) + ": " + detail + " (rule utf-8)",
          logId);
    }
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 400);
    answer.put("msg", detail);
    return new Reply(400, answer);
  }

  private Reply route(HttpExchange exchange, String body, String logId) {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    if (path.equals(STATE_PATH) && stateGate.enabled()) {
      if (!method.equals("POST")) {
        return notFound(method, path);
      }
      Reply refused = stateGate.refusal(exchange.getRequestHeaders());
      return refused != null ? refused : states.change(body);
    }
    Optional<Route> route = model.route(method, path);
    if (route.isEmpty()) {
      return notFound(method, path);
    }
    Operation op = route.get().operation();
    if (op == tokenOperation) {
      return token(body);
    }
    OperationHandler handler = handlers.get(op.operationId());
    if (handler == null) {
      return notFound(method, path);
    }
    if (op == write) {
      operationRequests.incrementAndGet();
    }
    Map<String, String> params = new LinkedHashMap<>();
    route.get().pathParameters().forEach((name, raw) -> params.put(name, decode(raw)));
    query(exchange.getRequestURI().getRawQuery()).forEach(params::putIfAbsent);
    return handler.handle(exchange, op, params, body, logId);
  }

  /** Serves one operation of the spec. */
  @FunctionalInterface
  private interface OperationHandler {
    Reply handle(
        HttpExchange exchange,
        Operation operation,
        Map<String, String> params,
        String body,
        String logId);
  }

  /**
   * The checks every operation makes first: a well-formed bearer token that is valid, an app with
   * any one of the operation's scopes, and a permit of the app's window for this operation. Null
   * when the request may proceed.
   */
  private Reply authorize(HttpExchange exchange, Operation op, String logId) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Matcher bearer = authorization == null ? null : BEARER.matcher(authorization);
    if (bearer == null || !bearer.matches()) {
      return error(op, ErrorKind.TOKEN_MISSING, logId);
    }
    Optional<TokenStore.Token> token = tokens.valid(bearer.group(1));
    if (token.isEmpty()) {
      return error(op, ErrorKind.TOKEN_INVALID, logId);
    }
    String appId = token.get().appId();
    AppCredentials app = apps.get(appId);
    // x-required-scopes: any one of them suffices
    if (app == null
        || !(op.requiredScopes().isEmpty()
            || op.requiredScopes().stream().anyMatch(app.scopes()::contains))) {
      return error(op, ErrorKind.MISSING_SCOPE, logId);
    }
    RateLimiter.Decision decision = limiter.acquire(appId, op.operationId());
    if (!decision.allowed()) {
      Reply limited = error(op, ErrorKind.RATE_LIMITED, logId);
      return new Reply(
          limited.status(),
          limited.body(),
          Map.of(
              "x-ogw-ratelimit-limit", String.valueOf(decision.limit()),
              "x-ogw-ratelimit-reset", String.valueOf(decision.resetSeconds())));
    }
    return null;
  }

  private Reply getOffer(
      HttpExchange exchange, Operation op, Map<String, String> params, String body, String logId) {
    Reply denied = authorize(exchange, op, logId);
    return denied != null
        ? denied
        : read(op, reads.getOffer(params.get("offer_id"), params), logId);
  }

  private Reply listOffers(
      HttpExchange exchange, Operation op, Map<String, String> params, String body, String logId) {
    Reply denied = authorize(exchange, op, logId);
    return denied != null ? denied : read(op, reads.listOffers(params), logId);
  }

  private Reply read(Operation op, ReadOperations.Answer answer, String logId) {
    if (answer.errorCode() != 0) {
      return error(
          op,
          answer.errorCode(),
          model.errorMessage(op, answer.errorCode()) + ": " + answer.detail(),
          logId);
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("code", 0);
    body.put("msg", "success");
    body.set("data", answer.data());
    return new Reply(200, body);
  }

  /** The query parameters, percent-decoded; of a repeated name, the first. */
  private static Map<String, String> query(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String formDecode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private Reply token(String body) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (IOException e) {
      request = null;
    }
    String appId = request == null ? null : request.path("app_id").asText(null);
    String secret = request == null ? null : request.path("app_secret").asText(null);
    if (appId == null || secret == null || !apps.containsKey(appId)) {
      return tokenError(ErrorKind.TOKEN_REQUEST_INVALID);
    }
    if (!Secrets.equal(apps.get(appId).appSecret(), secret)) {
      return tokenError(ErrorKind.CREDENTIALS);
    }
    TokenStore.Token token = tokens.issueOrReuse(appId, reissueBelow);
    long remaining = Duration.between(clock.instant(), token.expiresAt()).toSeconds();
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 0);
    answer.put("msg", "ok");
    answer.put("tenant_access_token", token.value());
    answer.put("expire", remaining);
    return new Reply(200, answer);
  }

  /** The token endpoint's refusal of that kind: its code, message and status from the spec. */
  private Reply tokenError(ErrorKind kind) {
    return tokenError(kind, null);
  }

  /** The same, with a detail after the spec's message when {@code detail} is not null. */
  private Reply tokenError(ErrorKind kind, String detail) {
    DeclaredErrorCode code = model.requireErrorCode(tokenOperation, kind);
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", code.code());
    String msg = model.errorMessage(tokenOperation, code.code());
    answer.put("msg", detail == null ? msg : msg + ": " + detail);
    return new Reply(code.httpStatus(), answer);
  }

  private Reply operation(
      HttpExchange exchange, Operation op, Map<String, String> params, String body, String logId) {
    Reply denied = authorize(exchange, op, logId);
    if (denied != null) {
      return denied;
    }
    String offerId = params.get("offer_id");
    Locale locale = locale(exchange.getRequestHeaders().getFirst("Accept-Language"));
    List<Violation> problems = rules.validateJson(offerId, body, locale);
    if (!problems.isEmpty()) {
      return error(
          write,
          offers.parameterError(),
          model.errorMessage(write, offers.parameterError())
              + ": "
              + problems.stream().map(SimulatorHandler::describe).collect(Collectors.joining("; ")),
          logId);
    }
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("the rules passed a body that is not JSON", e);
    }
    String operation = request.path("operation").asText();
    OfferBook.Command command =
        new OfferBook.Command(
            operation,
            date(request.path("onboarding_info").path("actual_onboarding_date")),
            date(request.path("offboarding_info").path("actual_offboarding_date")),
            request.path("offboarding_info").path("notes").asText(null));
    OfferBook.Outcome outcome = offers.apply(offerId, command, locale);
    if (outcome.refusal() != null) {
      OfferBook.Refusal refusal = outcome.refusal();
      return error(
          write,
          refusal.code(),
          model.errorMessage(write, refusal.code())
              + ": "
              + describe(
                  new Violation(
                      refusal.path(), refusal.value(), refusal.rule(), refusal.message())),
          logId);
    }
    return new Reply(200, success(outcome.offer(), operation));
  }

  private JsonNode success(Offer offer, String operation) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 0);
    answer.put("msg", "success");
    ObjectNode data = answer.putObject("data");
    data.put("offer_id", offer.offerId());
    data.put("operation", operation);
    if (offer.onboardingDate() != null) {
      data.putObject("onboarding_info")
          .put("actual_onboarding_date", offer.onboardingDate().toString());
    }
    if (offer.offboardingDate() != null) {
      ObjectNode offboarding = data.putObject("offboarding_info");
      offboarding.put("actual_offboarding_date", offer.offboardingDate().toString());
      if (offer.notes() != null) {
        offboarding.put("notes", offer.notes());
      }
    }
    return answer;
  }

  /**
   * "path: message (rule id)", the form of every part of a 1002002 message; the rule id is added
   * unless the rules' message already names it.
   */
  static String describe(Violation violation) {
    String text =
        Echo.shorten(
            violation.path().isEmpty() ? violation.message() : violation.toString(),
            violation.value());
    return text.contains("(rule " + violation.rule() + ")")
        ? text
        : text + " (rule " + violation.rule() + ")";
  }

  /** The error of that kind for {@code op}: the code, message and status the spec gives it. */
  private Reply error(Operation op, ErrorKind kind, String logId) {
    int code = model.requireErrorCode(op, kind).code();
    return error(op, code, model.errorMessage(op, code), logId);
  }

  private Reply error(Operation op, int code, String msg, String logId) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", code);
    answer.put("msg", msg);
    answer.putObject("error").put("log_id", logId);
    int status =
        model
            .errorCode(op, code)
            .orElseThrow(() -> new IllegalStateException("The spec does not declare code " + code))
            .httpStatus();
    return new Reply(status, answer);
  }

  private Reply notFound(String method, String path) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 404);
    answer.put("msg", "404 page not found: " + method + " " + Echo.shortened(path));
    return new Reply(404, answer);
  }

  private static LocalDate date(JsonNode node) {
    return node.isTextual() ? LocalDate.parse(node.asText()) : null;
  }

  private static Locale locale(String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("zh")
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ENGLISH;
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment; // a broken %-escape: the offer id stays as sent and is rejected as unknown
    }
  }

  private String logId() {
    return LOG_ID_TIME.format(clock.instant())
        + HexFormat.of()
            .toHexDigits(ThreadLocalRandom.current().nextLong())
            .toUpperCase(Locale.ROOT);
  }
}
