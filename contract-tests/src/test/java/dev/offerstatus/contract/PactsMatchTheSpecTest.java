package dev.offerstatus.contract;

import static dev.offerstatus.testsupport.Readme.withoutWhitespace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.testsupport.Readme;
import dev.offerstatus.testsupport.TestSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every interaction of every pact this build wrote matches the OpenAPI spec, both ways. */
class PactsMatchTheSpecTest {
  private static final Path PACTS = Path.of("target/pacts");
  private static final PactSpecCheck CHECK = PactSpecCheck.forClasspathSpec();
  private static final String PACT_FILE =
      "offer-status-kit-sdk-feishu-hire-intern-offer-status.json";

  @Test
  void everyInteractionOfEveryPactMatchesTheSpec() {
    // 8 + 4 (reads) + 4 (updateOfferStatus) interactions of this toolkit's client, 1 of the
    // README's consumer example.
    assertThat(PactSpecCheck.interactionCount(PACTS)).isEqualTo(17);

    assertThat(CHECK.check(PACTS)).isEmpty();
  }

  private static Path drift(Path dir, String from, String to) throws Exception {
    String pact = Files.readString(PACTS.resolve(PACT_FILE));
    assertThat(pact).contains(from);
    return Files.writeString(dir.resolve("drifted.json"), pact.replace(from, to));
  }

  @Test
  void aStatusTheSpecDoesNotDeclareIsReported(@TempDir Path dir) throws Exception {
    Path file = drift(dir, "\"status\": 429", "\"status\": 409");

    assertThat(CHECK.check(file))
        .extracting(PactSpecCheck.Problem::toString)
        .containsExactly(
            file
                + ": interaction \"cancel onboarding when the app is over its rate limit\":"
                + " response: Response status 409 not defined for path"
                + " '/open-apis/hire/v1/offers/{offer_id}/intern_offer_status'.",
            file
                + ": interaction \"cancel onboarding when the app is over its rate limit\":"
                + " response: error code 99991400 is declared with HTTP status 429 (x-error-codes"
                + " or the error examples), but the pact answers 409");
  }

  @Test
  void anErrorCodeUnderAnotherDeclaredStatusIsReported(@TempDir Path dir) throws Exception {
    // 1002067 and 1002068 are declared with HTTP 500; 400 is a declared status of the operation.
    Path file = drift(dir, "\"status\": 500", "\"status\": 400");

    assertThat(CHECK.check(file))
        .extracting(PactSpecCheck.Problem::toString)
        .containsExactly(
            file
                + ": interaction \"confirm onboarding of an intern offer already onboarded\":"
                + " response: error code 1002067 is declared with HTTP status 500 (x-error-codes"
                + " or the error examples), but the pact answers 400",
            file
                + ": interaction \"offboard an intern offer still pending onboarding\":"
                + " response: error code 1002068 is declared with HTTP status 500 (x-error-codes"
                + " or the error examples), but the pact answers 400");
  }

  @Test
  void aRequestOutsideTheSchemaIsReported(@TempDir Path dir) throws Exception {
    Path file = drift(dir, "\"operation\": \"offboard\"", "\"operation\": \"hire\"");

    assertThat(CHECK.check(file))
        .extracting(PactSpecCheck.Problem::toString)
        .contains(
            file
                + ": interaction \"offboard an onboarded intern offer\": request: [Path"
                + " '/operation'] Instance value (\"hire\") not found in enum (possible values:"
                + " [\"confirm_onboarding\",\"cancel_onboarding\",\"offboard\"])");
  }

  @Test
  void aSuccessAnsweringARequestThatBreaksARequiredWhenRuleIsReported(@TempDir Path dir)
      throws Exception {
    // The schema allows offer_status 6 alone; the page's note (x-contract-rules) does not.
    Path file = drift(dir, "\"expiration_date\": \"2024-01-31\",", "");

    assertThat(CHECK.check(file))
        .extracting(PactSpecCheck.Problem::toString)
        .containsExactly(
            file
                + ": interaction \"send an approved offer\": request: the pact answers 200 to a"
                + " request the spec's x-contract-rules refuse: expiration_date: is required when"
                + " offer_status is 6 (rule expiration-date-required-for-offer-sent)");
  }

  @Test
  void anErrorAnsweringARequestThatBreaksARuleIsNoDrift() throws Exception {
    // "mark a sent offer rejected without termination_reason_id_list" breaks a required-when rule
    // on purpose and expects the 1002002: that is the contract, not a drift from it.
    String pact = Files.readString(PACTS.resolve(PACT_FILE));

    assertThat(pact).contains("mark a sent offer rejected without termination_reason_id_list");
    assertThat(CHECK.check(PACTS.resolve(PACT_FILE))).isEmpty();
  }

  @Test
  void aFolderWithoutPactsFailsNamingIt(@TempDir Path dir) {
    assertThatThrownBy(() -> CHECK.check(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "No pact file at "
                + dir.toAbsolutePath()
                + ": run the consumer tests first (they write the pacts)");
  }

  @Test
  void readmeShowsTheConsumerExampleVerbatim() {
    String snippet =
        Readme.ofThisModule()
            .block("## Writing your own consumer Pact test with this toolkit", "java");
    String body =
        TestSource.of(MyOfferClientConsumerPactTest.class)
            .between("// README-SNIPPET-START", "// README-SNIPPET-END");

    assertThat(withoutWhitespace(snippet)).isEqualTo(withoutWhitespace(body + "}"));
  }
}
