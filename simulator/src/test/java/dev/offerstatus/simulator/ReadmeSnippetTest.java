package dev.offerstatus.simulator;

import static dev.offerstatus.testsupport.Readme.withoutWhitespace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.testsupport.Readme;
import dev.offerstatus.testsupport.TestSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's in-process snippet compiles and runs: it is this test's body, verbatim. */
class ReadmeSnippetTest {
  @Test
  void inProcessSnippetRuns() {
    OfferState seen;
    int exchanges;
    // README-SNIPPET-START
    MutableClock clock = MutableClock.at(Instant.parse("2026-11-26T10:00:00Z"));
    try (Simulator simulator =
        Simulator.builder()
            .app("cli_a", "secret") // default app: cli_simulator / simulator_secret
            .clock(clock) // drives token expiry and rate windows: no sleeps
            .limits(50, 1000) // or .limitsOff(); default: the spec's x-rate-limit
            .windowOffset(Duration.ofMillis(300)) // windows start 300 ms after the second/minute
            .tokenTtl(Duration.ofSeconds(7200))
            .seed(
                Offer.pendingOnboarding("7016605170635213100"),
                Offer.onboarded("6949805467799537964", LocalDate.of(2022, 1, 1)))
            .start()) {
      String baseUrl = simulator.baseUrl(); // http://127.0.0.1:<free port>/ (ends with '/')
      String token = simulator.issueToken("cli_a"); // or POST the token endpoint
      // ... point the client under test at baseUrl and run it ...
      clock.advance(Duration.ofSeconds(7200)); // every token issued so far has now expired
      OfferState state = simulator.offerState("7016605170635213100"); // PENDING_ONBOARDING
      List<RecordedExchange> sent = simulator.exchanges(); // what the client sent, status, code
      // README-SNIPPET-END
      assertThat(new Http(baseUrl).offer(token, "x", "{}").code()).isEqualTo(99991663);
      seen = state;
      exchanges = sent.size();
    }
    assertThat(seen).isEqualTo(OfferState.PENDING_ONBOARDING);
    assertThat(exchanges).isZero();
  }

  @Test
  void readmeShowsThisTestsSnippet() {
    String snippet = Readme.ofThisModule().block("## In-process, from JUnit", "java");
    String body =
        TestSource.of(ReadmeSnippetTest.class)
            .between("// README-SNIPPET-START", "// README-SNIPPET-END");

    // the README closes the try block that the test's body goes on inside
    assertThat(withoutWhitespace(body + "}")).isEqualTo(withoutWhitespace(snippet));
  }
}
