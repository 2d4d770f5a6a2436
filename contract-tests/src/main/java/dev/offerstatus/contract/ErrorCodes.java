package dev.offerstatus.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Example;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Response;
import java.util.HashMap;
import java.util.Map;

/** The HTTP status each error code is declared with, as {@link ContractModel} reads the spec. */
final class ErrorCodes {
  private ErrorCodes() {}

  /**
   * The root {@code x-platform-error-codes}; then, for every operation, the codes of the named
   * examples under each response status, then the operation's {@code x-error-codes}, which win.
   */
  static Map<Integer, Integer> statusByCode(String openApi) {
    ContractModel model = ContractModel.parse(openApi);
    Map<Integer, Integer> statuses = new HashMap<>();
    model.platformErrorCodes().forEach(e -> statuses.put(e.code(), e.httpStatus()));
    for (Operation operation : model.operations()) {
      for (Response response : operation.responses().values()) {
        if (response.httpStatus().isEmpty() || response.content().isEmpty()) {
          continue;
        }
        for (Example example : response.content().get().examples().values()) {
          JsonNode code = example.value().path("code");
          if (code.canConvertToInt() && code.asInt() != 0) {
            statuses.put(code.asInt(), response.httpStatus().getAsInt());
          }
        }
      }
      operation.errorCodes().forEach(e -> statuses.put(e.code(), e.httpStatus()));
    }
    return Map.copyOf(statuses);
  }
}
