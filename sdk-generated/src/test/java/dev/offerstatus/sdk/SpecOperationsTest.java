package dev.offerstatus.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.sdk.model.GetOfferResponse;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.InternOfferStatusResponse;
import dev.offerstatus.sdk.operations.SpecOperation;
import dev.offerstatus.sdk.operations.SpecOperations;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated operation descriptors say what the spec says, one per operation. */
class SpecOperationsTest {
  private static final ContractModel MODEL = ContractModel.fromClasspath();

  private static String typeName(Optional<Body> body) {
    return body.map(b -> b.schemaName().orElseThrow()).orElse("Void");
  }

  private static List<String> names(Operation operation, String in) {
    return operation.parameters(in).stream().map(Parameter::name).toList();
  }

  @Test
  void everyOperationOfTheSpecHasOneDescriptorThatSaysWhatTheSpecSays() {
    assertThat(SpecOperations.ALL)
        .extracting(SpecOperation::operationId)
        .containsExactlyInAnyOrderElementsOf(
            MODEL.operations().stream().map(Operation::operationId).toList());
    for (Operation operation : MODEL.operations()) {
      SpecOperation<?, ?> descriptor =
          SpecOperations.byOperationId(operation.operationId()).orElseThrow();
      assertThat(descriptor.method()).as(operation.operationId()).isEqualTo(operation.method());
      assertThat(descriptor.pathTemplate()).as(operation.operationId()).isEqualTo(operation.path());
      assertThat(descriptor.pathParameters()).isEqualTo(names(operation, "path"));
      assertThat(descriptor.queryParameters())
          .containsExactlyInAnyOrderElementsOf(names(operation, "query"));
      assertThat(descriptor.requestType().getSimpleName())
          .as(operation.operationId())
          .isEqualTo(typeName(operation.requestBody()));
      assertThat(descriptor.hasBody()).isEqualTo(operation.requestBody().isPresent());
      assertThat(descriptor.responseType().getSimpleName())
          .as(operation.operationId())
          .isEqualTo(typeName(operation.successBody()));
    }
  }

  @Test
  void aDescriptorIsTypedByTheGeneratedModelsOfItsBodyAndAnswer() {
    SpecOperation<InternOfferStatusRequest, InternOfferStatusResponse> write =
        SpecOperations.INTERN_OFFER_STATUS;
    SpecOperation<Void, GetOfferResponse> read = SpecOperations.GET_OFFER;

    assertThat(write.requestType()).isEqualTo(InternOfferStatusRequest.class);
    assertThat(write).hasToString("internOfferStatus (POST " + write.pathTemplate() + ")");
    assertThat(read.hasBody()).isFalse();
    assertThat(SpecOperations.byOperationId("nope")).isEmpty();
  }

  @Test
  void pathValuesNameTheValuesInDeclarationOrderAndLeaveOutNulls() {
    assertThat(SpecOperations.GET_OFFER.pathValues("7"))
        .containsExactly(Map.entry("offer_id", "7"));
    assertThat(SpecOperations.GET_OFFER.pathValues((String) null)).isEmpty();
    assertThatThrownBy(() -> SpecOperations.LIST_OFFERS.pathValues("7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listOffers has 0 path parameter(s) [], got 1 value(s).");
  }

  @Test
  void aDescriptorRefusesAMissingPart() {
    assertThatThrownBy(
            () ->
                new SpecOperation<>("x", "GET", null, List.of(), List.of(), Void.class, Void.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pathTemplate == null");
  }
}
