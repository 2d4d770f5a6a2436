package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.simulator.Simulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the consumer pacts written by this build against the simulator. Every provider state
 * goes through the simulator's standard state-change endpoint, as a non-JVM verifier would.
 */
@Provider(OfferStatusStates.PROVIDER)
@PactFolder("target/pacts")
class SimulatorProviderVerificationTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Simulator simulator;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.builder().providerStates().start();
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void target(PactVerificationContext context) {
    context.setTarget(new HttpTestTarget("127.0.0.1", simulator.port()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void verifyInteraction(PactVerificationContext context) {
    context.verifyInteraction();
  }

  @State(
      value = {
        OfferStatusStates.TOKEN_VALID,
        OfferStatusStates.TOKEN_EXPIRED,
        OfferStatusStates.OFFER_IN_STATE,
        OfferStatusStates.OFFER_HAS_STATUS,
        OfferStatusStates.RATE_LIMIT_EXHAUSTED,
        OfferStatusStates.NO_SUCH_OFFER,
        OfferStatusStates.TALENT_HAS_OFFERS
      },
      action = StateChangeAction.SETUP)
  void setUp(Map<String, Object> params) throws Exception {
    changeState("setup", params);
  }

  @State(
      value = {
        OfferStatusStates.TOKEN_VALID,
        OfferStatusStates.TOKEN_EXPIRED,
        OfferStatusStates.OFFER_IN_STATE,
        OfferStatusStates.OFFER_HAS_STATUS,
        OfferStatusStates.RATE_LIMIT_EXHAUSTED,
        OfferStatusStates.NO_SUCH_OFFER,
        OfferStatusStates.TALENT_HAS_OFFERS
      },
      action = StateChangeAction.TEARDOWN)
  void tearDown(Map<String, Object> params) throws Exception {
    changeState("teardown", params);
  }

  private static void changeState(String action, Map<String, Object> params) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", "set by " + SimulatorProviderVerificationTest.class.getSimpleName());
    body.put("params", params);
    body.put("action", action);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(simulator.stateChangeUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
