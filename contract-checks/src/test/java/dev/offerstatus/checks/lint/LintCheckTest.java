package dev.offerstatus.checks.lint;

import static dev.offerstatus.checks.Contracts.OP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCheckTest {
  private static List<String> lint(String spec, Locale locale) {
    return LintCheck.lint(Contracts.spec(spec), locale).findings().stream()
        .map(Finding::toString)
        .toList();
  }

  @Test
  void theProjectSpecIsClean() {
    CheckReport report = LintCheck.lint(Contracts.spec(), Locale.ENGLISH);
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary()).isEqualTo("0 problems in openapi.yaml");
  }

  @Test
  void anExampleBreakingACrossFieldRuleIsReportedWithItsPointer() {
    String spec =
        Contracts.specWith(
            "actual_offboarding_date: '2022-03-02'", "actual_offboarding_date: '2021-12-31'");
    assertThat(lint(spec, Locale.ENGLISH))
        .containsExactly(
            "openapi.yaml: #/components/examples/DocRequest/value:"
                + " offboarding_info.actual_offboarding_date: must be later than"
                + " onboarding_info.actual_onboarding_date (\"2022-01-01\"), was \"2021-12-31\""
                + " (rule offboarding-date-after-onboarding-date)");
  }

  @Test
  void anExampleWithAnUnknownEnumValueIsReportedInChinese() {
    String spec =
        Contracts.specWith(
            "    CancelOnboardingRequest:\n      summary: 放弃入职 / cancel onboarding\n      value:\n        operation: cancel_onboarding",
            "    CancelOnboardingRequest:\n      summary: 放弃入职 / cancel onboarding\n      value:\n        operation: transfer");
    assertThat(lint(spec, Locale.SIMPLIFIED_CHINESE))
        .singleElement()
        .asString()
        .startsWith(
            "openapi.yaml: #/components/examples/CancelOnboardingRequest/value: operation: ")
        .endsWith("(rule enum)");
  }

  @Test
  void parserWarningsAndMissingOperationIdAreReported() {
    String spec = Contracts.specWith("      operationId: internOfferStatus\n", "      bogus: 1\n");
    assertThat(lint(spec, Locale.ENGLISH))
        .containsExactly(
            "openapi.yaml: swagger-parser: attribute"
                + " paths.'/open-apis/hire/v1/offers/{offer_id}/intern_offer_status'(post).bogus is"
                + " unexpected",
            "openapi.yaml: "
                + OP
                + ": operation POST /open-apis/hire/v1/offers/{offer_id}/intern_offer_status has no"
                + " operationId");
  }

  /** A small spec up to its one operation's operationId. */
  private static final String GET_THINGS =
      "openapi: 3.0.3\n"
          + "info: {title: t, version: '1'}\n"
          + "paths:\n"
          + "  /things:\n"
          + "    get:\n"
          + "      operationId: listThings\n";

  @Test
  void anOperationNeedsADescriptionAndErrorResponses() {
    String spec =
        GET_THINGS
            + "      x-error-codes:\n"
            + "        - {code: 42, http-status: 500, kind: system}\n"
            + "      responses:\n"
            + "        '200': {description: ok}\n";
    assertThat(lint(spec, Locale.ENGLISH))
        .containsExactly(
            "openapi.yaml: #/paths/~1things/get: operation GET /things has no description",
            "openapi.yaml: #/paths/~1things/get/responses: operation GET /things declares no error"
                + " response (4xx or 5xx)",
            "openapi.yaml: #/paths/~1things/get/x-error-codes/0: error code 42 answers HTTP 500 but"
                + " operation GET /things declares no 500 response");
  }

  /** An operation with a per-minute limit only and codes of kinds nobody handles. */
  @Test
  void theFifthOperationsShapesAreLintedLikeTheOthers() {
    String spec =
        Contracts.specWith(
            "        - code: 1002064\n          http-status: 400\n          kind: offer-not-found\n",
            "        - code: 1002064\n          http-status: 409\n          kind: offer-gone\n");

    assertThat(lint(Contracts.SPEC, Locale.ENGLISH)).isEmpty();
    assertThat(lint(spec, Locale.ENGLISH))
        .containsExactly(
            "openapi.yaml: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1offer_status/patch"
                + "/x-error-codes/2: error code 1002064 answers HTTP 409 but operation PATCH"
                + " /open-apis/hire/v1/offers/{offer_id}/offer_status declares no 409 response");
  }

  @Test
  void examplesThatCannotBeCheckedAreReported() {
    String spec =
        GET_THINGS
            + "      description: all things\n"
            + "      responses:\n"
            + "        '200':\n"
            + "          description: ok\n"
            + "          content:\n"
            + "            application/json:\n"
            + "              schema: {type: object}\n"
            + "              example: {a: 1}\n"
            + "        '500':\n"
            + "          description: failed\n"
            + "          content:\n"
            + "            application/json:\n"
            + "              schema: {$ref: '#/components/schemas/Failure'}\n"
            + "              examples:\n"
            + "                bare: {summary: a summary and no value}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Failure: {type: object}\n";
    assertThat(lint(spec, Locale.ENGLISH))
        .containsExactly(
            "openapi.yaml: #/paths/~1things/get/responses/200/content/application~1json/schema: the"
                + " schema is not a $ref to a named component schema, so its examples cannot be"
                + " checked",
            "openapi.yaml: #/paths/~1things/get/responses/500/content/application~1json/examples/bare:"
                + " example bare has no value");
  }

  @Test
  void aSpecThatIsNotOpenApiIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), "just: text\n");
    assertThatThrownBy(() -> LintCheck.run(new LintCheck.Config(spec, dir, Locale.ENGLISH)))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "openapi.yaml:1: not an OpenAPI 3 document (it needs 'openapi' and 'paths' at the top)");
  }
}
