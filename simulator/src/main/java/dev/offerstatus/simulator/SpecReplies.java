package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;

/**
 * The answers the simulator sends, each code, message and status taken from the spec by kind (the
 * operation's {@code x-error-codes}, else the platform's), plus the few answers of the gateway
 * itself (404, 413).
 */
final class SpecReplies {
  /** A success answer's {@code msg} when the operation's examples show none. */
  static final String SUCCESS = "success";

  private final ObjectMapper mapper;
  private final ContractModel model;
  private final Operation tokenOperation;

  SpecReplies(ObjectMapper mapper, ContractModel model) {
    this.mapper = mapper;
    this.model = model;
    this.tokenOperation = model.requireTokenOperation();
  }

  ContractModel model() {
    return model;
  }

  /** The error of that kind for {@code op}: the code, message and status the spec gives it. */
  Reply error(Operation op, ErrorKind kind, String logId) {
    int code = model.requireErrorCode(op, kind).code();
    return error(op, code, model.errorMessage(op, code), logId);
  }

  /** Code {@code code} of {@code op} with the spec's message followed by {@code detail}. */
  Reply detailed(Operation op, int code, String detail, String logId) {
    return error(op, code, model.errorMessage(op, code) + ": " + detail, logId);
  }

  Reply error(Operation op, int code, String msg, String logId) {
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

  /** The token endpoint's refusal of that kind: its code, message and status from the spec. */
  Reply tokenError(ErrorKind kind) {
    return tokenError(kind, null);
  }

  /** The same, with a detail after the spec's message when {@code detail} is not null. */
  Reply tokenError(ErrorKind kind, String detail) {
    DeclaredErrorCode code = model.requireErrorCode(tokenOperation, kind);
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", code.code());
    String msg = model.errorMessage(tokenOperation, code.code());
    answer.put("msg", detail == null ? msg : msg + ": " + detail);
    return new Reply(code.httpStatus(), answer);
  }

  /**
   * A success answer of {@code op}: code 0, the {@code msg} of the operation's own success example
   * (else {@value #SUCCESS}), then {@code content}'s properties (e.g. {@code data}).
   */
  Reply success(Operation op, ObjectNode content) {
    ObjectNode body = mapper.createObjectNode();
    body.put("code", 0);
    body.put("msg", successMessage(op));
    body.setAll(content);
    return new Reply(200, body);
  }

  /** The {@code msg} of the first example of {@code op}'s success body that has one. */
  private static String successMessage(Operation op) {
    return op.successBody().stream()
        .flatMap(body -> body.examples().values().stream())
        .map(example -> example.value().path("msg"))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .findFirst()
        .orElse(SUCCESS);
  }

  /**
   * The answer when the simulator itself fails: the operation's {@code system} code if it declares
   * one, else a plain 500.
   */
  Reply failure(Operation op, String detail, String logId) {
    return model
        .errorCode(op, ErrorKind.SYSTEM)
        .map(code -> detailed(op, code.code(), detail, logId))
        .orElseGet(
            () -> {
              ObjectNode answer = mapper.createObjectNode();
              answer.put("code", 500);
              answer.put("msg", Echo.shortened(detail));
              return new Reply(500, answer);
            });
  }

  /** The answer to a refusal: the code's status and message, then "path: message (rule id)". */
  Reply refusal(Operation op, int code, Violation violation, String logId) {
    return detailed(op, code, describe(violation), logId);
  }

  Reply notFound(String method, String path) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 404);
    answer.put("msg", "404 page not found: " + method + " " + Echo.shortened(path));
    return new Reply(404, answer);
  }

  /** 413, at once: the platform's gateway answers an oversized body the same way. */
  Reply tooLarge(long declared, int maxBodyBytes) {
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

  /** A plain 400 of the gateway, for a request no operation routes. */
  Reply badRequest(String detail) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 400);
    answer.put("msg", detail);
    return new Reply(400, answer);
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
}
