package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}, offline: exit 0 valid, 1 invalid, 2 unusable input. */
class ValidateIT {
  @TempDir Path dir;

  @Test
  void validBodyFromAFileExitsZero() {
    Path body =
        Cli.write(
            dir.resolve("confirm.json"),
            "{\"operation\":\"confirm_onboarding\","
                + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-01-01\"}}");

    Cli.Result result =
        Cli.in(dir).run("validate", "7016605170635213100", "--body", body.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .isEqualTo("valid: the request satisfies the contract of internOfferStatus\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void invalidBodyFromStdinPrintsEveryViolationAsPathColonMessage() {
    Cli.Result result =
        Cli.in(dir)
            .stdin(
                "{\"operation\":\"offboard\",\"onboarding_info\":{\"actual_onboarding_date\":"
                    + "\"2022-03-01\"},\"offboarding_info\":{\"actual_offboarding_date\":"
                    + "\"2022-02-30\"}}")
            .run("validate", "a/b", "--body", "-");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.outLines())
        .containsExactly(
            "offboarding_info.actual_offboarding_date: must be a real calendar date written"
                + " YYYY-MM-DD, was \"2022-02-30\"",
            "offer_id: must be one URL path segment (not blank, no \"/\", not \".\" or \"..\","
                + " no control characters), was \"a/b\"");
    assertThat(result.err()).isEqualTo("invalid request, not sent (2 violation(s)):\n");
  }

  @Test
  void optionsInsteadOfABodyAreCheckedInChineseWithLangZh() {
    Cli.Result result =
        Cli.in(dir)
            .run(
                "validate",
                "7016605170635213100",
                "--operation",
                "confirm_onboarding",
                "--lang",
                "zh");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.outLines())
        .containsExactly(
            "onboarding_info: 当 operation 为 \"confirm_onboarding\" 时必填"
                + "（规则 onboarding-info-required-for-confirm-onboarding）");
    assertThat(result.err()).isEqualTo("请求无效，未发送（1 处违规）：\n");
  }

  @Test
  void jsonOutputListsPathValueRuleAndMessage() {
    Cli.Result result = Cli.in(dir).run("validate", "1", "--operation", "hire", "--json");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .startsWith(
            "{\"valid\":false,\"violations\":[{\"path\":\"operation\",\"value\":\"hire\","
                + "\"rule\":\"enum\",\"message\":");
  }

  @Test
  void unusableInputsExitTwoAndNameTheProblem() {
    Path empty = Cli.write(dir.resolve("empty.json"), "");
    Cli cli = Cli.in(dir);

    Cli.Result notJson = cli.stdin("{\"operation\":").run("validate", "1", "--body", "-");
    Cli.Result missing = Cli.in(dir).run("validate", "1", "--body", "missing.json");
    Cli.Result directory = Cli.in(dir).run("validate", "1", "--body", dir.toString());
    Cli.Result blank = Cli.in(dir).run("validate", "1", "--body", empty.toString());

    assertThat(notJson.exit()).isEqualTo(2);
    assertThat(notJson.err())
        .isEqualTo(
            "error: stdin is not a JSON request body: is not valid JSON (line 1, column 14)\n");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: cannot read missing.json: no such file\n");
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).isEqualTo("error: cannot read " + dir + ": it is a directory\n");
    assertThat(blank.exit()).isEqualTo(2);
    assertThat(blank.err())
        .isEqualTo("error: " + empty + " is empty: expected a JSON request body\n");
  }
}
