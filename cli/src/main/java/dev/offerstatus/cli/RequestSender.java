package dev.offerstatus.cli;

import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.OfferStatusResult;

/** Sends a {@link RowRequest} with the client, whatever its operation. */
final class RequestSender {
  /** What came back: the answer's {@code data} and its log id. */
  record Sent(JsonNode data, String logId) {}

  private RequestSender() {}

  /**
   * Sends {@code request}, checked by the rules already.
   *
   * @throws dev.offerstatus.client.OfferStatusException as the client throws it
   */
  static Sent send(OfferStatusClient client, RowRequest request) {
    if (!request.operation().operationId().equals(INTERN_OFFER_STATUS.operationId())) {
      // TODO(issue 20 item 5): the client's generic call; until it is merged only the intern write
      throw new UnsupportedOperationException(
          "sending " + request.operation().operationId() + " needs the client's generic call");
    }
    try {
      OfferStatusResult result =
          client.update(
              request.offerId(),
              Console.JSON.treeToValue(request.body(), INTERN_OFFER_STATUS.requestType()));
      return new Sent(Console.JSON.valueToTree(result.data()), result.logId());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checked body did not bind to its model: " + e, e);
    }
  }
}
