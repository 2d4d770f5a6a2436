package dev.offerstatus.checks.payloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadCheckTest {
  @TempDir Path project;
  private Path spec;
  private Path payloads;

  @BeforeEach
  void writeSpec() throws Exception {
    spec = Files.writeString(project.resolve("openapi.yaml"), Contracts.SPEC);
    payloads = Files.createDirectories(project.resolve("payloads"));
  }

  private CheckReport run() {
    return PayloadCheck.run(new PayloadCheck.Config(spec, payloads, project, Locale.ENGLISH));
  }

  @Test
  void validFixturesPass() throws Exception {
    Files.writeString(
        payloads.resolve("confirm.json"),
        "{\"offer_id\": \"7016605170635213100\", \"body\": {\"operation\": \"confirm_onboarding\","
            + " \"onboarding_info\": {\"actual_onboarding_date\": \"2022-01-01\"}}}");
    CheckReport report = run();
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary()).isEqualTo("0 violations in 1 payload file");
  }

  @Test
  void everyViolationIsOneLineWithFileAndJsonPath() throws Exception {
    Files.createDirectories(payloads.resolve("nested"));
    Files.writeString(
        payloads.resolve("nested/confirm-without-info.json"),
        "{\"offer_id\": \"a/b\", \"body\": {\"operation\": \"confirm_onboarding\"}}");
    Files.writeString(
        payloads.resolve("offboard-same-day.json"),
        "{\"offer_id\": \"1\", \"body\": {\"operation\": \"offboard\", \"onboarding_info\":"
            + " {\"actual_onboarding_date\": \"2022-03-02\"}, \"offboarding_info\":"
            + " {\"actual_offboarding_date\": \"2022-03-02\"}}}");
    CheckReport report = run();
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/nested/confirm-without-info.json: offer_id: must be one URL path segment (not"
                + " blank, no \"/\", not \".\" or \"..\", no control characters), was \"a/b\" (rule"
                + " path-segment)",
            "payloads/nested/confirm-without-info.json: body.onboarding_info: is required when"
                + " operation is \"confirm_onboarding\" (rule"
                + " onboarding-info-required-for-confirm-onboarding)",
            "payloads/offboard-same-day.json: body.offboarding_info.actual_offboarding_date: must be"
                + " later than onboarding_info.actual_onboarding_date (\"2022-03-02\"), was"
                + " \"2022-03-02\" (rule offboarding-date-after-onboarding-date)");
    assertThat(report.summary()).isEqualTo("3 violations in 2 payload files");
  }

  @Test
  void unparseableOrMisshapenFilesAreFindingsNamingTheLine() throws Exception {
    Files.writeString(payloads.resolve("a-broken.json"), "{\"offer_id\":\n\"x\",");
    Files.writeString(payloads.resolve("b-no-body.json"), "{\"offer_id\": \"x\"}");
    assertThat(run().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "payloads/a-broken.json:2: not valid JSON: Unexpected end-of-input within/between"
                + " Object entries",
            "payloads/b-no-body.json: body: missing: a payload file is {\"offer_id\": \"...\","
                + " \"body\": {...}}");
  }

  @Test
  void aMissingOrEmptyDirectoryIsBadInput() throws Exception {
    assertThatThrownBy(this::run)
        .isInstanceOf(CheckInputException.class)
        .hasMessage("payload directory payloads has no *.json file");
    Files.delete(payloads);
    assertThatThrownBy(this::run)
        .isInstanceOf(CheckInputException.class)
        .hasMessage("payload directory payloads does not exist");
  }
}
