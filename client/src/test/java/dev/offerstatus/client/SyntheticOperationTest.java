package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.operations.SpecOperation;
import dev.offerstatus.simulator.RecordedExchange;
import dev.offerstatus.simulator.Simulator;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.synthetic.SyntheticContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Adding an operation needs no Java: a further operation added to a copy of the spec (the spec
 * test-jar's {@link SyntheticContract}) is reached by the generic call with no Java change: its
 * rules, its limit, its answer and a code of a kind nobody handles.
 */
class SyntheticOperationTest {
  private static final ContractModel SPEC = SyntheticContract.model();
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension final SimulatorFixture fixture = SimulatorFixture.at("2026-12-01T10:00:00Z");

  private OfferStatusClient client() {
    fixture.start(Simulator.builder().spec(SPEC).app("cli_synthetic", "synthetic_secret"));
    return fixture.client("cli_synthetic", "synthetic_secret").spec(SPEC).build();
  }

  private static ObjectNode note(String type) {
    return JSON.createObjectNode().put("note_type", type).put("note", "called back");
  }

  @Test
  void theGenericCallReachesTheSyntheticOperationOnTheSimulatorServingIt() {
    OfferStatusClient client = client();
    SpecOperation<JsonNode, JsonNode> add = client.operation(SyntheticContract.OPERATION_ID);

    OperationResult<JsonNode> result = client.call(add, Map.of("offer_id", "o1"), note("internal"));

    assertThat(add.method()).isEqualTo(SyntheticContract.METHOD);
    assertThat(add.pathTemplate()).isEqualTo(SyntheticContract.PATH);
    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(result.answer().path("code").asInt(-1)).isZero();
    assertThat(result.answer().path("msg").asText()).isEqualTo("success");
    assertThat(fixture.simulator().exchanges())
        .extracting(RecordedExchange::method, RecordedExchange::path)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "POST", "/open-apis/hire/v1/offers/o1/synthetic_notes"));
  }

  @Test
  void itsRequiredWhenRuleRefusesTheRequestBeforeAnythingIsSent() {
    OfferStatusClient client = client();

    assertThatThrownBy(
            () ->
                client.call(
                    client.operation(SyntheticContract.OPERATION_ID),
                    Map.of("offer_id", "o1"),
                    note("candidate")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::rule)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "visible_to", "visible-to-required-for-candidate-notes")));
    assertThat(fixture.simulator().exchanges())
        .extracting(RecordedExchange::path)
        .noneMatch(path -> path.contains("synthetic_notes"));
  }

  @Test
  void itsOwnLimitPacesItAndTheSimulatorNeverRefusesACall() {
    OfferStatusClient client = client();
    SpecOperation<JsonNode, JsonNode> add = client.operation(SyntheticContract.OPERATION_ID);
    client.call(add, Map.of("offer_id", "o1"), note("internal")); // fetches the token too
    Instant first = fixture.clock().instant();
    List<Duration> starts = new ArrayList<>();

    for (int i = 0; i < 5; i++) {
      client.call(add, Map.of("offer_id", "o1"), note("internal"));
      starts.add(Duration.between(first, fixture.clock().instant()));
    }

    // 1 per second (+50 ms margin), and 5 per minute: the 6th call waits for the first to leave
    // the minute window (60 s + 1 s margin)
    assertThat(starts)
        .containsExactly(
            Duration.ofMillis(1050),
            Duration.ofMillis(2100),
            Duration.ofMillis(3150),
            Duration.ofMillis(4200),
            Duration.ofSeconds(61));
    assertThat(fixture.simulator().exchanges())
        .extracting(RecordedExchange::code)
        .doesNotContain(99991400);
  }

  @Test
  void aCodeOfAKindNobodyHandlesIsStillTyped() throws Exception {
    // The simulator has no reason to answer the synthetic code, so MockWebServer does, with the
    // client following the same spec.
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(MockFeishu.error(400, SyntheticContract.UNHANDLED_CODE, "Offer 备注已锁定"));
      server.start();
      OfferStatusClient client =
          MockFeishu.client(server, new FakeTime()).spec(SPEC).tenantAccessToken("t-1").build();

      assertThatThrownBy(
              () ->
                  client.call(
                      client.operation(SyntheticContract.OPERATION_ID),
                      Map.of("offer_id", "o1"),
                      note("internal")))
          .isInstanceOfSatisfying(
              OtherFeishuErrorException.class,
              e -> {
                assertThat(e.operationId()).isEqualTo(SyntheticContract.OPERATION_ID);
                assertThat(e.code()).isEqualTo(SyntheticContract.UNHANDLED_CODE);
                assertThat(e.kind()).contains(ErrorKind.of(SyntheticContract.UNHANDLED_KIND));
                assertThat(e.kind().get().isHandled()).isFalse();
                assertThat(e.msg()).isEqualTo("Offer 备注已锁定");
                assertThat(e.httpStatus()).isEqualTo(400);
                assertThat(e.logId()).contains("log-" + SyntheticContract.UNHANDLED_CODE);
              });
    }
  }
}
