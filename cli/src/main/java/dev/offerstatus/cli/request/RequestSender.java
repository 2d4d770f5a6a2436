package dev.offerstatus.cli.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.OperationResult;
import dev.offerstatus.sdk.operations.SpecOperation;

/**
 * Sends a {@link RowRequest} with the client's generic call, whatever its operation: the client
 * checks it by that operation's rules again, takes a token, waits for the operation's own rate
 * budget, retries what is safe to retry and types the errors by that operation's codes.
 */
public final class RequestSender {
  /** What came back: the answer's {@code data} (null when it has none) and its log id. */
  public record Sent(JsonNode data, String logId) {}

  private RequestSender() {}

  /**
   * Sends {@code request}.
   *
   * @throws dev.offerstatus.client.OfferStatusException as the client throws it
   */
  public static Sent send(OfferStatusClient client, RowRequest request) {
    SpecOperation<JsonNode, JsonNode> operation =
        client.operation(request.operation().operationId());
    OperationResult<JsonNode> result = client.call(operation, request.parameters(), request.body());
    JsonNode answer = result.answer();
    return new Sent(answer == null ? null : answer.get("data"), result.logId());
  }
}
