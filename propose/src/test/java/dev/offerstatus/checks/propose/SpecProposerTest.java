package dev.offerstatus.checks.propose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.lint.LintCheck;
import dev.offerstatus.checks.propose.ContractChangelog.Classification;
import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecProposerTest {
  static final String SPEC = ContractResources.read(ContractResources.OPENAPI);
  static final String DOC = ContractResources.read(ContractResources.UPSTREAM_DOC);

  @TempDir Path dir;

  private Path spec;

  private SpecProposer.Result run(String doc, boolean apply) throws IOException {
    return run(doc, apply, true);
  }

  private SpecProposer.Result run(String doc, boolean apply, boolean writeSpec) throws IOException {
    spec = dir.resolve("openapi.yaml");
    if (writeSpec) {
      Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
    }
    Path upstream = Files.createDirectories(dir.resolve("upstream"));
    Files.writeString(upstream.resolve("intern_offer_status.md"), doc, StandardCharsets.UTF_8);
    return SpecProposer.run(
        new SpecProposer.Config(
            spec,
            List.of(upstream),
            dir,
            dir.resolve("target/offer-status"),
            apply,
            dir.resolve("CHANGELOG.md")));
  }

  static String edit(String text, String from, String to) {
    assertThat(text).as("fragment to edit").contains(from);
    return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  private String diff() throws IOException {
    return Files.readString(dir.resolve("target/offer-status/proposal/openapi.yaml.diff"));
  }

  private void assertCleanAfterApply(SpecProposer.Result result) throws IOException {
    assertThat(result.remaining().findings()).isEmpty();
    assertThat(LintCheck.run(new LintCheck.Config(spec, dir, Locale.ENGLISH)).findings()).isEmpty();
  }

  @Test
  void unchangedPageProposesNothing() throws IOException {
    SpecProposer.Result result = run(DOC, true);
    assertThat(result.changes()).isEmpty();
    assertThat(result.open()).isEmpty();
    assertThat(diff()).isEmpty();
    assertThat(Files.readString(spec)).isEqualTo(SPEC);
    assertThat(dir.resolve("CHANGELOG.md")).doesNotExist();
  }

  /** Every page the spec names, from the spec jar, into upstream/; the intern page as given. */
  private Path contractFolder(String internPage) throws IOException {
    spec = Contracts.contractFolder(dir);
    Path upstream = dir.resolve("upstream");
    Files.writeString(upstream.resolve("intern_offer_status.md"), internPage);
    return upstream;
  }

  private SpecProposer.Result propose(List<Path> docs) {
    return SpecProposer.run(
        new SpecProposer.Config(
            spec,
            docs,
            dir,
            dir.resolve("target/offer-status"),
            false,
            dir.resolve("CHANGELOG.md")));
  }

  /**
   * An integer enum's labels and constant names are found through the contract model
   * (UpdatableOfferStatus of updateOfferStatus), and follow a value the page adds or drops.
   */
  @Test
  void anIntegerEnumValueComesAndGoesWithItsLabelAndName() throws IOException {
    contractFolder(DOC);
    Path page = dir.resolve("upstream/offer_status.md");
    String text = Files.readString(page);
    Files.writeString(
        page,
        edit(text, "- 10：Offer 已创建", "- 10：Offer 已创建  \n- 11：Offer 已归档")
            .replace("- 2：Offer 审批中  \n", ""));

    SpecProposer.Result result = propose(List.of());

    assertThat(result.changes())
        .extracting(Proposal.Change::edit)
        .containsExactly(
            "removed 2 from #/components/schemas/UpdatableOfferStatus/enum and its name and"
                + " description",
            "added 11 to #/components/schemas/UpdatableOfferStatus/enum, its description to"
                + " x-enum-descriptions, VALUE_11 to x-enum-varnames");
    assertThat(diff())
        .contains("-        - 2\n")
        .contains("-        - APPROVING\n")
        .contains("-        '2': Offer 审批中 / approval in progress\n")
        .contains("+        - 11\n")
        .contains("+        - VALUE_11\n")
        .contains("+        11: Offer 已归档\n");
  }

  @Test
  void proposeReadsThePagesCheckDocReadsEachInItsRole() throws IOException {
    // The toolkit's own contract folder holds the generic error-code page, which
    // has no '请求' table; propose read every .md of the folder as an API page and stopped
    Path upstream =
        contractFolder(DOC.replace("- offboard：操作离职\n", "- offboard：操作离职  \n- transfer：转岗\n"));
    for (List<Path> docs : List.of(List.<Path>of(), List.of(upstream))) {
      SpecProposer.Result result = propose(docs);
      assertThat(result.changes())
          .extracting(c -> c.drift().toString())
          .containsExactly(
              "upstream/intern_offer_status.md:50: #/components/schemas/Operation/enum: added enum"
                  + " value \"transfer\" of request field operation",
              "upstream/intern_offer_status.md:94: #/components/schemas/Operation/enum: added enum"
                  + " value \"transfer\" of response field data.operation");
      assertThat(result.open()).isEmpty();
      assertThat(result.remaining().findings()).isEmpty();
      assertThat(result.remaining().summary())
          .isEqualTo(
              "0 differences between openapi.yaml (proposed) and "
                  + Contracts.namedPages().size()
                  + " doc pages");
    }
  }

  @Test
  void aNewVersionOfTheGenericErrorCodePageIsRecordedOnInfo() throws IOException {
    contractFolder(DOC);
    Path generic = dir.resolve("upstream/generic_error_codes.md");
    Files.writeString(
        generic,
        edit(
            Files.readString(generic),
            "last_remote_update: 2025-08-20",
            "last_remote_update: 2026-01-05"));
    SpecProposer.Result result = propose(List.of());
    assertThat(diff())
        .contains(
            "-    last_remote_update: \"2025-08-20\"\n+    last_remote_update: \"2026-01-05\"\n");
    assertThat(result.remaining().findings()).isEmpty();
    assertThat(Files.readString(dir.resolve("target/offer-status/proposal/changelog-entry.md")))
        .startsWith(
            "## Doc update of 2026-01-05\n\n### upstream/generic_error_codes.md"
                + " (https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code)"
                + "\n\nlast_remote_update: 2026-01-05\n");
  }

  @Test
  void aNewEnumValueInTheRequestTableOnlyIsLeftToAPersonNamingBothLines() throws IOException {
    // operation is one schema for both tables; the response table still lists
    // three values, so adding the fourth would make check-doc fail on the response
    String doc = edit(DOC, "- offboard：操作离职\n", "- offboard：操作离职  \n- transfer：转岗\n");
    SpecProposer.Result result = run(doc, true);
    assertThat(result.changes()).isEmpty();
    assertThat(result.open())
        .extracting(o -> o.drift() + " — " + o.reason())
        .containsExactly(
            "upstream/intern_offer_status.md:50: #/components/schemas/Operation/enum: added enum"
                + " value \"transfer\" of request field operation — the page's tables disagree:"
                + " upstream/intern_offer_status.md:89 (the response table) still states what the"
                + " spec has, and the spec describes both with one schema"
                + " (#/components/schemas/Operation/enum); not applied: decide whether Feishu"
                + " changed one side only (then split the schema) or the page is inconsistent");
    // what check-doc says of the proposal is what it said of the spec: nothing new
    assertThat(result.remaining().findings())
        .extracting(f -> f.location() + ": " + f.message())
        .containsExactly(
            "upstream/intern_offer_status.md:50: added enum value \"transfer\" of request field"
                + " operation");
    assertThat(Files.readString(spec)).isEqualTo(SPEC);
  }

  @Test
  void aFieldRenamedInTheRequestTableOnlyIsLeftToAPerson() throws IOException {
    String doc = edit(DOC, "notes | string | 否 | 备注", "remark | string | 否 | 备注");
    SpecProposer.Result result = run(doc, false);
    assertThat(result.changes()).isEmpty();
    assertThat(result.open())
        .extracting(o -> o.drift().message())
        .containsExactlyInAnyOrder(
            "removed request field offboarding_info.notes",
            "added request field offboarding_info.remark (string, optional)");
    assertThat(result.open())
        .allSatisfy(o -> assertThat(o.reason()).startsWith("the page's tables disagree: "));
    assertThat(result.remaining().findings()).hasSize(2);
  }

  @Test
  void aRemovedErrorCodeAStateTransitionStillAnswersWithIsLeftToAPerson() throws IOException {
    // the state machine refuses offboarding with 1002068: removing the code would leave a spec
    // the contract model refuses, so propose keeps it and says why
    String doc = DOC.replaceFirst("(?m)^500 \\| 1002068 \\|.*\n", "");
    assertThat(doc).isNotEqualTo(DOC);
    SpecProposer.Result result = run(doc, false);
    assertThat(result.changes()).isEmpty();
    assertThat(result.open()).hasSize(1);
    assertThat(result.open().get(0).drift().message()).isEqualTo("removed error code 1002068");
    assertThat(result.open().get(0).reason())
        .startsWith(
            "not applied: the spec would no longer be a valid contract (openapi.yaml (proposed): #/paths/")
        .contains(
            "/x-offer-transitions/transitions/2/refused: error code 1002068 is declared neither")
        .endsWith("); decide by hand");
  }

  @Test
  void aChangeBothTablesStateIsApplied() throws IOException {
    String doc = DOC.replace("- offboard：操作离职\n", "- offboard：操作离职  \n- transfer：转岗\n");
    SpecProposer.Result result = run(doc, false);
    assertThat(result.changes()).hasSize(2);
    assertThat(result.open()).isEmpty();
    assertThat(result.remaining().findings()).isEmpty();
  }

  @Test
  void addedEnumValueIsAppendedWithItsNameAndDescription() throws IOException {
    String doc = DOC.replace("- offboard：操作离职\n", "- offboard：操作离职  \n- transfer：转岗\n");
    SpecProposer.Result result = run(doc, true);
    assertThat(result.changes())
        .extracting(c -> c.drift().kind())
        .contains(Drift.Kind.ENUM_VALUE_ADDED);
    assertThat(diff())
        .contains("+        - transfer\n")
        .contains("+        transfer: 转岗\n")
        .contains("+        - TRANSFER\n");
    assertCleanAfterApply(result);
    // Operation is also read from the response: a new value there breaks strict readers
    assertThat(result.classification()).isEqualTo(Classification.BREAKING);
  }

  @Test
  void lowerRateLimitNewErrorCodeAndNewDateAreBreakingAndRecorded() throws IOException {
    String doc = edit(DOC, "[1000 次/分钟、50 次/秒]", "[1000 次/分钟、20 次/秒]");
    doc = edit(doc, "last_remote_update: 2024-07-11", "last_remote_update: 2025-01-02");
    doc =
        edit(
            doc,
            "400 | 1002002 | 参数错误 | 检查参数是否正确，例如类型，大小\n",
            "400 | 1002002 | 参数错误 | 检查参数是否正确，例如类型，大小\n400 | 1002003 | 参数缺失 | 补全参数\n");
    SpecProposer.Result result = run(doc, true);
    assertThat(diff())
        .contains("-        per-second: 50\n+        per-second: 20\n")
        .contains(
            "-        last_remote_update: \"2024-07-11\"\n+        last_remote_update: \"2025-01-02\"\n")
        .contains(
            "+        - code: 1002003\n+          http-status: 400\n+          kind: parameter\n+          description: 参数缺失\n");
    assertThat(result.open())
        .extracting(Proposal.Open::reason)
        .containsExactly(
            "kind parameter was guessed from HTTP 400: confirm it (the page does not say which exception the code is)");
    assertCleanAfterApply(result);
    assertThat(result.classification()).isEqualTo(Classification.BREAKING);
    String changelog = Files.readString(dir.resolve("CHANGELOG.md"));
    assertThat(changelog)
        .startsWith("# Contract changelog\n\n## Doc update of 2025-01-02\n")
        .contains("last_remote_update: 2025-01-02")
        .contains("- changed rate limit per-second from 50 to 20 (")
        .contains("- added error code 1002003 with HTTP status 400 (")
        .endsWith(
            "Classification: **breaking**:\n\n- #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-second:"
                + " lower rate limit per-second: 50 → 20\n"
                // the code is added with a guessed kind: in the spec, but a person confirms it
                + "\nNeeds a person (changed, to confirm):\n\n- upstream/intern_offer_status.md:126:"
                + " #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-error-codes:"
                + " added error code 1002003 with HTTP status 400 — kind parameter was guessed from HTTP 400:"
                + " confirm it (the page does not say which exception the code is)\n");
  }

  /** Applying made openapi.yaml 0600 and created CHANGELOG.md 0600. */
  @Test
  void applyingKeepsTheSpecsModeAndCreatesAChangelogReadableByAll() throws IOException {
    String doc = edit(DOC, "[1000 次/分钟、50 次/秒]", "[1000 次/分钟、20 次/秒]");
    spec = dir.resolve("openapi.yaml");
    Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(spec, PosixFilePermissions.fromString("rw-rw-r--"));

    SpecProposer.Result result = run(doc, true, false);

    assertThat(result.applied()).isTrue();
    assertThat(Files.readString(spec)).contains("        per-second: 20\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spec)))
        .isEqualTo("rw-rw-r--");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("CHANGELOG.md"))))
        .isEqualTo("rw-r--r--");
  }

  /** A field name from the page was written as a raw YAML key. */
  @Test
  void onlyPlainFieldNamesAreAppliedTheRestNeedAPerson() throws IOException {
    String rows =
        "remark | string | 否 | 备注二\n"
            + "$ref | string | 否 | 引用\n"
            + "x-note | string | 否 | 扩展\n"
            + "\"evil\" | object | 否 | 引号\n"
            + "inner | string | 否 | 内部\n";
    String doc =
        edit(
            DOC,
            "- offboard：操作离职\nonboarding_info",
            "- offboard：操作离职\n" + rows + "onboarding_info");

    SpecProposer.Result result = run(doc, true);

    assertThat(result.changes())
        .extracting(c -> c.drift().subject() + ": " + c.edit())
        .containsExactly(
            "remark: added remark (string) to #/components/schemas/InternOfferStatusRequest/properties");
    assertThat(result.open())
        .extracting(o -> o.drift().subject() + ": " + o.reason())
        .containsExactly(
            "$ref: the field name \"$ref\" was not applied: $ref is an OpenAPI keyword where field"
                + " names go; add the field by hand if the page means it",
            "x-note: the field name \"x-note\" was not applied: x- names are OpenAPI extensions where"
                + " field names go; add the field by hand if the page means it",
            "\"evil\": the field name \"\\\"evil\\\"\" was not applied: a name the proposal writes"
                + " has only letters, digits and _, not starting with a digit; add the field by hand"
                + " if the page means it",
            "\"evil\".inner: it belongs to \"evil\", which was not applied: add both by hand");
    String applied = Files.readString(spec);
    assertThat(applied).contains("        remark:\n          type: string\n");
    assertThat(applied)
        .doesNotContain("evil")
        .doesNotContain("x-note")
        .doesNotContain("引用")
        .doesNotContain("内部");
  }

  @Test
  void renamedFieldIsRemovedAndAddedAndTheExamplesFollow() throws IOException {
    SpecProposer.Result result = run(DOC.replace("notes", "remark"), true);
    assertThat(result.changes())
        .extracting(c -> c.drift().kind())
        .contains(
            Drift.Kind.FIELD_REMOVED, Drift.Kind.FIELD_ADDED, Drift.Kind.BODY_EXAMPLE_CHANGED);
    assertThat(diff())
        .contains("-        notes:\n+        remark:\n")
        .contains("-          notes: 主动离职\n+          remark: 主动离职\n")
        .contains("-          description: 备注 / notes.\n+          description: 备注\n");
    assertCleanAfterApply(result);
    assertThat(Files.readString(dir.resolve("CHANGELOG.md")))
        .contains("- removed request field offboarding_info.notes (")
        .contains("- added request field offboarding_info.remark (string, optional) (")
        .contains(
            "Classification: **breaking**:\n\n- #/components/schemas/InternOfferOffboardingInfo/properties/notes:"
                + " removed request field offboarding_info.notes: the generated client loses its accessor\n");
    assertThat(result.classification()).isEqualTo(Classification.BREAKING);
  }

  @Test
  void aNewErrorCodeGetsExactlyOneGuessedKindToConfirm() throws IOException {
    String doc =
        edit(
            DOC,
            "400 | 1002002 | 参数错误 | 检查参数是否正确，例如类型，大小\n",
            "400 | 1002002 | 参数错误 | 检查参数是否正确，例如类型，大小\n500 | 1002003 | 参数缺失 | 补全参数\n");
    SpecProposer.Result result = run(doc, true);
    assertThat(diff())
        .contains(
            "+        - code: 1002003\n+          http-status: 500\n+          kind: system\n+          description: 参数缺失\n");
    assertThat(diff().lines().filter(l -> l.startsWith("+") && l.contains("kind:"))).hasSize(1);
    assertThat(result.open())
        .extracting(Proposal.Open::reason)
        .containsExactly(
            "kind system was guessed from HTTP 500: confirm it (the page does not say which exception the code is)");
    // the applied spec reads (one kind key) and passes the checks
    assertCleanAfterApply(result);
  }

  @Test
  void requiredToOptionalDropsTheRequiredList() throws IOException {
    String doc =
        edit(
            DOC,
            "actual_onboarding_date | string | 是 | 实际入职日期",
            "actual_onboarding_date | string | 否 | 实际入职日期");
    SpecProposer.Result result = run(doc, true);
    assertThat(diff()).contains("-      required:\n-        - actual_onboarding_date\n");
    assertCleanAfterApply(result);
    // the form is shared by the response: a field that may now be missing breaks readers
    String proposed = Files.readString(result.proposedSpec());
    int responses = Contracts.lineOf(proposed, "      responses:", "/intern_offer_status:");
    assertThat(result.compat().findings())
        .extracting(Object::toString)
        .containsExactly(
            "openapi.yaml (proposed):"
                + responses
                + ": #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/responses:"
                + " backward-incompatible change of the responses of POST"
                + " /open-apis/hire/v1/offers/{offer_id}/intern_offer_status");
    assertThat(result.classification()).isEqualTo(Classification.BREAKING);
  }

  @Test
  void removedEnumValueTakesItsNameAndDescriptionAlong() throws IOException {
    String doc = DOC.replace("- cancel_onboarding：放弃入职  \n", "");
    SpecProposer.Result result = run(doc, true);
    assertThat(diff())
        .contains("-        - cancel_onboarding\n")
        .contains("-        cancel_onboarding: 放弃入职 / cancel onboarding\n")
        .contains("-        - CANCEL_ONBOARDING\n");
    assertThat(result.remaining().findings()).isEmpty();
    assertThat(result.classification()).isEqualTo(Classification.BREAKING);
  }

  @Test
  void changedPathRenamesThePathKey() throws IOException {
    SpecProposer.Result result =
        run(DOC.replace("/hire/v1/offers/:offer_id", "/hire/v2/offers/:offer_id"), true);
    assertThat(diff())
        .contains("-  /open-apis/hire/v1/offers/{offer_id}/intern_offer_status:\n")
        .contains("+  /open-apis/hire/v2/offers/{offer_id}/intern_offer_status:\n");
    assertCleanAfterApply(result);
    assertThat(result.classification()).isEqualTo(Classification.BREAKING);
  }

  @Test
  void changedExampleIsSetOnTheFieldAndTheNamedExample() throws IOException {
    SpecProposer.Result result = run(DOC.replace("2022-01-01", "2022-02-01"), true);
    assertThat(diff())
        .contains("-          example: '2022-01-01'\n+          example: '2022-02-01'\n")
        .contains(
            "-          actual_onboarding_date: '2022-01-01'\n+          actual_onboarding_date: '2022-02-01'\n");
    assertCleanAfterApply(result);
  }

  @Test
  void addedNestedFieldGoesIntoItsObjectWithTypeAndExample() throws IOException {
    String doc =
        edit(
            DOC,
            "**示例值**：\"2022-01-01\"\noffboarding_info",
            "**示例值**：\"2022-01-01\"\nonboarding_location | string | 否 | 入职地点  \n**示例值**：\"北京\"\noffboarding_info");
    doc =
        edit(
            doc,
            "**值格式**：\"YYYY-MM-DD\"\noffboarding_info | intern_offer_offboarding_info | 离职表单信息",
            "**值格式**：\"YYYY-MM-DD\"\nonboarding_location | string | 入职地点\noffboarding_info | intern_offer_offboarding_info | 离职表单信息");
    SpecProposer.Result result = run(doc, true);
    assertThat(diff())
        .contains(
            "+        onboarding_location:\n+          type: string\n+          description: 入职地点\n+          example: 北京\n");
    assertCleanAfterApply(result);
    assertThat(result.classification()).isEqualTo(Classification.COMPATIBLE);
  }

  @Test
  void changedWordingNeedsAPersonWithTheDocLine() throws IOException {
    SpecProposer.Result result = run(edit(DOC, "| 参数错误 |", "| 请求参数错误 |"), false);
    assertThat(result.changes()).isEmpty();
    assertThat(result.open())
        .extracting(o -> o.drift().toString() + " — " + o.reason())
        .containsExactly(
            "upstream/intern_offer_status.md:125: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-error-codes/1/description:"
                + " changed description of error code 1002002 from \"参数错误 / parameter error\" to"
                + " \"请求参数错误\" — changed wording: decide how the spec's text should read");
    assertThat(Files.readString(spec)).isEqualTo(SPEC);
  }
}
