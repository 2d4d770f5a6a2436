package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.spec.synthetic.SyntheticContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding an operation needs no Java: the pact check covers a further operation added to a copy of
 * the spec (the spec test-jar's {@link SyntheticContract}) with no Java change: its schemas, its
 * codes' statuses and its x-contract-rules.
 */
class SyntheticPactCheckTest {
  private static final String PATH =
      SyntheticContract.PATH.replace("{offer_id}", "7016605170635213100");

  /** A V3 pact of one request/response interaction of the synthetic operation. */
  private static String interaction(
      String description, String requestBody, int status, String responseBody) {
    return """
        {"description": "%s",
         "request": {"method": "POST", "path": "%s",
                     "headers": {"Content-Type": "application/json; charset=utf-8",
                                 "Authorization": "Bearer t-7f1bcd13fc57d46bac21793a18e560"},
                     "body": %s},
         "response": {"status": %d, "headers": {"Content-Type": "application/json"},
                      "body": %s}}"""
        .formatted(description, PATH, requestBody, status, responseBody);
  }

  @Test
  void theSyntheticOperationsPactIsCheckedAgainstItsSpec(@TempDir Path dir) throws Exception {
    String pact =
        """
        {"consumer": {"name": "notes-app"}, "provider": {"name": "feishu"},
         "metadata": {"pactSpecification": {"version": "3.0.0"}},
         "interactions": [%s, %s, %s, %s]}"""
            .formatted(
                interaction(
                    "add an internal note",
                    "{\"note_type\": \"internal\", \"note\": \"待确认薪资\"}",
                    200,
                    "{\"code\": 0, \"msg\": \"success\","
                        + " \"data\": {\"note_id\": \"7400000000000000001\"}}"),
                interaction(
                    "add a candidate note without visible_to",
                    "{\"note_type\": \"candidate\", \"note\": \"已沟通\"}",
                    200,
                    "{\"code\": 0, \"msg\": \"success\", \"data\": {}}"),
                interaction(
                    "add a note when notes are locked",
                    "{\"note_type\": \"internal\", \"note\": \"x\"}",
                    500,
                    "{\"code\": 1009901, \"msg\": \"Offer 备注已锁定\"}"),
                interaction(
                    "add a note of an unknown type",
                    "{\"note_type\": \"private\", \"note\": \"x\"}",
                    400,
                    "{\"code\": 1002002, \"msg\": \"参数错误\"}"));
    Path file = Files.writeString(dir.resolve("notes-app-feishu.json"), pact);

    assertThat(PactSpecCheck.forSpec(SyntheticContract.openApi()).check(file))
        .extracting(PactSpecCheck.Problem::toString)
        .containsExactly(
            file
                + ": interaction \"add a candidate note without visible_to\": request: the pact"
                + " answers 200 to a request the spec's x-contract-rules refuse: visible_to: is"
                + " required when note_type is \"candidate\" (rule"
                + " visible-to-required-for-candidate-notes)",
            file
                + ": interaction \"add a note when notes are locked\": response: error code"
                + " 1009901 is declared with HTTP status 400 (x-error-codes or the error"
                + " examples), but the pact answers 500",
            file
                + ": interaction \"add a note of an unknown type\": request: [Path '/note_type']"
                + " Instance value (\"private\") not found in enum (possible values:"
                + " [\"internal\",\"candidate\"])");
  }
}
