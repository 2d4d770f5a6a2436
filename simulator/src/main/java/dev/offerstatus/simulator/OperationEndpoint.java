package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.OfferLookup;
import dev.offerstatus.spec.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Serves any operation of the spec but the token operation, once authorized, with no code per
 * operation: its path and query parameters and its body checked by the rules of that operation (in
 * the language of {@code Accept-Language}), each problem answered with the operation's {@code
 * parameter} code; then the state change of its {@code x-offer-transitions}, or the offers of its
 * {@code x-offer-lookup}, or neither; then the success answer its schema describes.
 */
final class OperationEndpoint {
  private final ObjectMapper mapper;
  private final ContractModel model;
  private final OfferStatusRules rules;
  private final SpecReplies replies;
  private final Answers answers;
  private final Transitions transitions;
  private final Lookups lookups;
  private static final Queue<Integer> EMPTY = new ConcurrentLinkedQueue<>();

  private final Map<Operation, Optional<OfferLookup>> lookupsByOperation =
      new ConcurrentHashMap<>();
  private final Map<String, Queue<Integer>> nextCodes = new ConcurrentHashMap<>();

  OperationEndpoint(
      ObjectMapper mapper, ContractModel model, OfferStatusRules rules, OfferBook offers) {
    this.mapper = mapper;
    this.model = model;
    this.rules = rules;
    this.replies = new SpecReplies(mapper, model);
    this.answers = new Answers(model);
    this.transitions = new Transitions(model, offers);
    this.lookups = new Lookups(model, offers, answers);
    model.operations().forEach(op -> lookupsByOperation.put(op, OfferLookup.of(model, op)));
  }

  /** The answers of the spec, shared with the token endpoint and the authorization. */
  SpecReplies replies() {
    return replies;
  }

  /**
   * The answer to one request of {@code op}; {@code body} is its text ({@code ""} when none was
   * sent).
   */
  Reply serve(
      Operation op, Map<String, String> params, String body, String acceptLanguage, String logId) {
    Integer forced = nextCodes.getOrDefault(op.operationId(), EMPTY).poll();
    if (forced != null) {
      return replies.error(op, forced, model.errorMessage(op, forced), logId);
    }
    Locale locale = locale(acceptLanguage);
    String json = body.isEmpty() ? null : body;
    List<Violation> problems = rules.validateJson(op.operationId(), params, json, locale);
    if (!problems.isEmpty()) {
      return replies.detailed(
          op,
          model.requireErrorCode(op, ErrorKind.PARAMETER).code(),
          problems.stream().map(SpecReplies::describe).collect(Collectors.joining("; ")),
          logId);
    }
    JsonNode request = json == null ? null : parse(json);
    ObjectNode content = mapper.createObjectNode();
    if (op.stateMachine().isPresent()) {
      Transitions.Outcome outcome = transitions.apply(op, params, request, locale);
      if (outcome.refusal() != null) {
        return replies.refusal(op, outcome.code(), outcome.refusal(), logId);
      }
      content.set(Answers.DATA, answers.data(op, params, request, outcome.offer()));
      return replies.success(op, content);
    }
    Optional<OfferLookup> lookup = lookupsByOperation.get(op);
    if (lookup != null && lookup.isPresent()) {
      Lookups.Outcome outcome = lookups.serve(op, lookup.get(), params);
      if (outcome.refusal() != null) {
        return replies.refusal(op, outcome.code(), outcome.refusal(), logId);
      }
      return replies.success(op, outcome.content());
    }
    content.set(Answers.DATA, answers.data(op, params, request, null));
    return replies.success(op, content);
  }

  /**
   * Makes the next request of {@code operationId} that passes authorization and the limits answer
   * {@code code}, with the status and message the spec declares for it (a code the simulator has no
   * trigger for, e.g. one of a kind nobody handles).
   *
   * @throws IllegalArgumentException when the spec has no such operation or it declares no such
   *     code
   */
  void answerNext(String operationId, int code) {
    Operation op =
        model
            .operation(operationId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the spec has no operation \"" + Echo.shortened(operationId) + "\""));
    if (model.errorCode(op, code).isEmpty()) {
      throw new IllegalArgumentException(
          operationId
              + " declares no error code "
              + code
              + " (x-error-codes, x-platform-error-codes)");
    }
    nextCodes.computeIfAbsent(operationId, id -> new ConcurrentLinkedQueue<>()).add(code);
  }

  /** Forgets the codes {@link #answerNext} queued. */
  void clearNext() {
    nextCodes.clear();
  }

  private JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("the rules passed a body that is not JSON", e);
    }
  }

  private static Locale locale(String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("zh")
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ENGLISH;
  }
}
