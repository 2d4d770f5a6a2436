package dev.offerstatus.checks.payloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadCheckTest {
  private static final String WRITE = "/open-apis/hire/v1/offers/%s/intern_offer_status";
  private static final String SEGMENT =
      "must be one URL path segment (not blank, no \"/\", not \".\" or \"..\", no control"
          + " characters), was \"a/b\" (rule path-segment)";

  private static final ContractModel MODEL = ContractModel.fromClasspath();
  private static final String OPERATION_IDS =
      MODEL.operations().stream().map(Operation::operationId).collect(Collectors.joining(", "));
  private static final String LABELS =
      MODEL.operations().stream().map(Operation::label).collect(Collectors.joining(", "));

  @TempDir Path project;
  private Path spec;
  private Path payloads;

  @BeforeEach
  void writeSpec() throws Exception {
    spec = Files.writeString(project.resolve("openapi.yaml"), Contracts.SPEC);
    payloads = Files.createDirectories(project.resolve("payloads"));
  }

  private CheckReport run() {
    return run(null);
  }

  private CheckReport run(String operation) {
    return PayloadCheck.run(
        new PayloadCheck.Config(spec, payloads, project, Locale.ENGLISH, operation));
  }

  private void write(String name, String text) throws Exception {
    Path file = payloads.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String http(String requestLine, String body) {
    return requestLine + "\nContent-Type: application/json; charset=utf-8\n\n" + body + "\n";
  }

  @Test
  void validFixturesPass() throws Exception {
    write(
        "confirm.json",
        "{\"operationId\": \"internOfferStatus\", \"offer_id\": \"7016605170635213100\","
            + " \"body\": {\"operation\": \"confirm_onboarding\","
            + " \"onboarding_info\": {\"actual_onboarding_date\": \"2022-01-01\"}}}");
    write(
        "cancel.http",
        http(
            "POST " + WRITE.formatted("7016605170635213100") + " HTTP/1.1",
            "{\"operation\": \"cancel_onboarding\"}"));
    write(
        "list.http", "GET https://open.feishu.cn/open-apis/hire/v1/offers?talent_id=7 HTTP/1.1\n");
    CheckReport report = run();
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary()).isEqualTo("0 violations in 3 payload files");
  }

  @Test
  void everyViolationIsOneLineWithFileAndPath() throws Exception {
    write(
        "nested/confirm-without-info.json",
        "{\"operationId\": \"internOfferStatus\", \"offer_id\": \"a/b\","
            + " \"body\": {\"operation\": \"confirm_onboarding\"}}");
    write(
        "offboard-same-day.json",
        "{\"operationId\": \"internOfferStatus\", \"offer_id\": \"1\", \"body\": {\"operation\":"
            + " \"offboard\", \"onboarding_info\": {\"actual_onboarding_date\": \"2022-03-02\"},"
            + " \"offboarding_info\": {\"actual_offboarding_date\": \"2022-03-02\"}}}");
    CheckReport report = run();
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/nested/confirm-without-info.json: offer_id: " + SEGMENT,
            "payloads/nested/confirm-without-info.json: body.onboarding_info: is required when"
                + " operation is \"confirm_onboarding\" (rule"
                + " onboarding-info-required-for-confirm-onboarding)",
            "payloads/offboard-same-day.json: body.offboarding_info.actual_offboarding_date: must be"
                + " later than onboarding_info.actual_onboarding_date (\"2022-03-02\"), was"
                + " \"2022-03-02\" (rule offboarding-date-after-onboarding-date)");
    assertThat(report.summary()).isEqualTo("3 violations in 2 payload files");
  }

  @Test
  void anHttpFixtureIsRoutedByItsRequestLineAndItsDecodedPathParameterIsChecked() throws Exception {
    write(
        "slash.http",
        http("POST " + WRITE.formatted("a%2Fb"), "{\"operation\": \"confirm_onboarding\"}"));
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/slash.http: offer_id: " + SEGMENT,
            "payloads/slash.http: body.onboarding_info: is required when operation is"
                + " \"confirm_onboarding\" (rule onboarding-info-required-for-confirm-onboarding)");
  }

  @Test
  void anHttpFixturesQueryParametersAreCheckedAndAnUnknownOneIsNamed() throws Exception {
    write("big-page.http", "GET /open-apis/hire/v1/offers?talent_id=7&page_size=500\n");
    write("typo.http", "GET /open-apis/hire/v1/offers?talent_id=7&pagesize=5\n");
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/big-page.http: page_size: must be at most 200, was 500 (rule maximum)",
            "payloads/typo.http:1: query parameter pagesize is not a parameter of listOffers (its"
                + " query parameters: page_token, page_size, talent_id, user_id_type,"
                + " employee_type_id_type)");
  }

  @Test
  void theFifthOperationsFixturesAreJudgedByItsOwnSchemaAndRules() throws Exception {
    String update = "PATCH /open-apis/hire/v1/offers/6930815272790114324/offer_status";
    write(
        "offer-sent.http",
        http(update, "{\"offer_status\": 6, \"expiration_date\": \"2023-01-01\"}"));
    write("offer-sent-without-date.http", http(update, "{\"offer_status\": 6}"));
    write(
        "too-many-reasons.json",
        "{\"operationId\": \"updateOfferStatus\", \"offer_id\": \"1\", \"body\":"
            + " {\"offer_status\": 8, \"termination_reason_id_list\": ["
            + "\"1\",".repeat(50)
            + "\"1\"]}}");
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/offer-sent-without-date.http: body.expiration_date: is required when"
                + " offer_status is 6 (rule expiration-date-required-for-offer-sent)",
            "payloads/too-many-reasons.json: body.termination_reason_id_list: must have at most 50"
                + " item(s), had 51 (rule maxItems)");
  }

  @Test
  void aBodySentToAReadOperationIsAFinding() throws Exception {
    write("get-with-body.http", http("GET /open-apis/hire/v1/offers/7", "{}"));
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/get-with-body.http: body: must be empty: getOffer takes no request body"
                + " (rule no-body)");
  }

  @Test
  void anHttpFixtureThatIsNoRequestOfTheSpecNamesItsLine() throws Exception {
    write("a-no-route.http", "\nDELETE /open-apis/hire/v1/offers/7\n");
    write("b-not-a-request.http", "hello\n");
    write("c-bad-header.http", "GET /open-apis/hire/v1/offers/7\nno colon here\n\n");
    write("d-bad-escape.http", "GET /open-apis/hire/v1/offers/%zz\n");
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/a-no-route.http:2: no operation of the spec is DELETE"
                + " /open-apis/hire/v1/offers/7 (it has: "
                + LABELS
                + ")",
            "payloads/b-not-a-request.http:1: not a request line: \"hello\"; a .http payload file"
                + " is a request line (METHOD /path), header lines, a blank line and the JSON body",
            "payloads/c-bad-header.http:2: not a header line (Name: value): \"no colon here\"",
            "payloads/d-bad-escape.http:1: bad percent-encoding in \"%zz\"");
  }

  @Test
  void aJsonFixtureThatNamesNoOperationIsAFindingListingTheOperationsWithABody() throws Exception {
    write("plain.json", "{\"offer_id\": \"1\", \"body\": {\"operation\": \"cancel_onboarding\"}}");
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/plain.json: operationId: missing: the spec has 3 operations with a request"
                + " body (internOfferStatus, tenantAccessTokenInternal, updateOfferStatus); name one"
                + " with"
                + " \"operationId\" in the file or with the goal's operation parameter");
    assertThat(run("internOfferStatus").findings()).isEmpty();
  }

  @Test
  void theGoalsOperationMustBeOneOfTheSpec() {
    assertThatThrownBy(() -> run("nope"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "operation nope: openapi.yaml has no such operation (it has: " + OPERATION_IDS + ")");
  }

  @Test
  void aJsonFixtureWithAnUnknownOperationOrMemberIsAFinding() throws Exception {
    write("a-unknown-op.json", "{\"operationId\": \"rehire\", \"body\": {}}");
    write("b-typo.json", "{\"operationId\": \"getOffer\", \"offerId\": \"1\"}");
    write("c-list-value.json", "{\"operationId\": \"getOffer\", \"offer_id\": [\"1\"]}");
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/a-unknown-op.json: operationId: the spec has no operation rehire (it has: "
                + OPERATION_IDS
                + ")",
            "payloads/b-typo.json: offerId: not a parameter of getOffer (its parameters: offer_id,"
                + " user_id_type, department_id_type, job_level_id_type, job_family_id_type,"
                + " employee_type_id_type; the body goes in \"body\")",
            "payloads/c-list-value.json: offer_id: must be the parameter's text, found [\"1\"]");
  }

  @Test
  void unparseableOrMisshapenFilesAreFindingsNamingTheLine() throws Exception {
    write("a-broken.json", "{\"offer_id\":\n\"x\",");
    write("b-no-body.json", "{\"operationId\": \"internOfferStatus\", \"offer_id\": \"x\"}");
    write("c-array.json", "[]");
    write("d-empty.http", "\n\n");
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/a-broken.json:2: not valid JSON: Unexpected end-of-input within/between"
                + " Object entries",
            "payloads/b-no-body.json: body: is required",
            "payloads/c-array.json: not a JSON object: a .json payload file is {\"operationId\":"
                + " \"...\", \"<parameter>\": \"...\", \"body\": {...}}",
            "payloads/d-empty.http: empty: a .http payload file is a request line (METHOD /path),"
                + " header lines, a blank line and the JSON body");
  }

  @Test
  void aMissingOrEmptyDirectoryIsBadInput() throws Exception {
    assertThatThrownBy(this::run)
        .isInstanceOf(CheckInputException.class)
        .hasMessage("payload directory payloads has no *.http or *.json file");
    Files.delete(payloads);
    assertThatThrownBy(this::run)
        .isInstanceOf(CheckInputException.class)
        .hasMessage("payload directory payloads does not exist");
  }
}
