package dev.offerstatus.checks.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.lint.LintCheck;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatCheckTest {
  private static final String REQUEST_BODY =
      "openapi.yaml:"
          + Contracts.lineOf(Contracts.SPEC, "      requestBody:", "/intern_offer_status:")
          + ": #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/requestBody:"
          + " backward-incompatible change of the request body of POST"
          + " /open-apis/hire/v1/offers/{offer_id}/intern_offer_status";

  private static final String OPERATION =
      "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post";

  private static final String UPDATE =
      "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1offer_status/patch";

  private static final String RULES =
      "#/components/schemas/InternOfferStatusRequest/x-contract-rules";

  private static final String NOTES_RULE =
      "        - id: notes-required-for-offboard\n"
          + "          kind: required-when\n"
          + "          field: notes\n"
          + "          when:\n"
          + "            field: operation\n"
          + "            equals: offboard\n";

  @TempDir Path out;

  private CompatCheck.Result compare(String current) {
    return CompatCheck.compare(Contracts.SPEC, "previous.yaml", current, "openapi.yaml", out);
  }

  @Test
  void theSameSpecHasNoChangeAndStillWritesBothReports() throws Exception {
    CompatCheck.Result result = compare(Contracts.SPEC);
    assertThat(result.report().findings()).isEmpty();
    assertThat(result.report().summary())
        .isEqualTo(
            "0 backward-incompatible changes from previous.yaml to openapi.yaml (0 changed, 0 new,"
                + " 0 removed operations)");
    assertThat(Files.readString(result.markdown())).contains("No differences");
    assertThat(Files.readString(result.html())).startsWith("<!DOCTYPE html>");
  }

  @Test
  void removingAnEnumValueFromTheRequestIsBreaking() {
    String current = Contracts.specWith("        - offboard\n", "");
    current = Contracts.edit(current, "        offboard: 操作离职 / offboard\n", "");
    current = Contracts.edit(current, "        - OFFBOARD\n", "");
    assertThat(compare(current).report().findings())
        .extracting(Finding::toString)
        .containsExactly(REQUEST_BODY);
  }

  @Test
  void aFieldThatBecameRequiredIsBreaking() {
    String current =
        Contracts.specWith(
            "      required:\n        - operation\n",
            "      required:\n        - operation\n        - onboarding_info\n");
    assertThat(compare(current).report().findings())
        .extracting(Finding::toString)
        .containsExactly(REQUEST_BODY);
  }

  @Test
  void aNewOptionalResponseFieldIsCompatible() throws Exception {
    String current =
        Contracts.specWith(
            "        offer_id:\n          type: string\n          description: Offer ID.\n",
            "        offer_id:\n          type: string\n          description: Offer ID.\n"
                + "        operator_id:\n          type: string\n          description: who.\n");
    CompatCheck.Result result = compare(current);
    assertThat(result.report().findings()).isEmpty();
    assertThat(result.changedOperations()).isEqualTo(1);
    assertThat(Files.readString(result.markdown())).contains("operator_id");
  }

  @Test
  void aMalformedPreviousSpecIsNamedWithItsLine() {
    assertThatThrownBy(
            () ->
                CompatCheck.compare("openapi: [", "prev.yaml", Contracts.SPEC, "openapi.yaml", out))
        .isInstanceOf(CheckInputException.class)
        .hasMessageStartingWith("prev.yaml:1:");
  }

  /** The extensions are compared as the contract model reads them: it must read both specs. */
  @Test
  void aPreviousSpecTheModelRefusesIsNamedWithItsPointer() {
    String previous = Contracts.specWith("        per-second: 50\n", "        per-second: fifty\n");

    assertThatThrownBy(
            () ->
                CompatCheck.compare(previous, "previous.yaml", Contracts.SPEC, "openapi.yaml", out))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "previous.yaml: "
                + OPERATION
                + "/x-rate-limit/per-second: an integer is required, found the string \"fifty\".");
  }

  @Test
  void theSpecIsReadFromAReleasedJar() throws Exception {
    Path jar = out.resolve("offer-status-spec-0.1.0.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("META-INF/offer-status-kit/openapi.yaml"));
      zip.write(Contracts.SPEC.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(CompatCheck.readFromJar(jar, "META-INF/offer-status-kit/openapi.yaml", "g:a:0.1.0"))
        .isEqualTo(Contracts.SPEC);
    assertThatThrownBy(() -> CompatCheck.readFromJar(jar, "openapi.yaml", "g:a:0.1.0"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage("g:a:0.1.0 (offer-status-spec-0.1.0.jar) has no openapi.yaml");
  }

  /**
   * openapi-diff's swagger-core would bring jakarta.validation-api 2.0.2 (javax packages); it is
   * excluded, so the diff and Hibernate Validator 9 (Jakarta Validation 3.1) share one classpath.
   */
  @Test
  void theDiffAndTheRulesShareOneClasspathWithJakartaValidation31() {
    assertThat(compare(Contracts.SPEC).report().passed()).isTrue();
    assertThat(LintCheck.lint(Contracts.spec(), Locale.ENGLISH).passed()).isTrue();
    assertThat(NotNull.class.getProtectionDomain().getCodeSource().getLocation().toString())
        .contains("jakarta.validation-api-3.1");
    assertThatThrownBy(() -> Class.forName("javax.validation.constraints.NotNull"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aNewRequiredWhenRuleIsBreakingAndRemovingItIsNot() {
    String withRule =
        Contracts.specWith("      x-contract-rules:\n", "      x-contract-rules:\n" + NOTES_RULE);

    assertThat(compare(withRule).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:"
                + (Contracts.lineOf(withRule, "      x-contract-rules:\n") + 1)
                + ": "
                + RULES
                + "/0: new contract rule notes-required-for-offboard: none →"
                + " {\"id\":\"notes-required-for-offboard\",\"kind\":\"required-when\",\"field\":\"notes\","
                + "\"when\":{\"field\":\"operation\",\"equals\":\"offboard\"}}");
    assertThat(
            CompatCheck.compare(withRule, "previous.yaml", Contracts.SPEC, "openapi.yaml", out)
                .report()
                .passed())
        .isTrue();
  }

  @Test
  void aDateRuleThatBecameStrictIsBreakingAndTheReverseIsNot() {
    String lenient = Contracts.specWith("          strict: true\n", "          strict: false\n");

    assertThat(
            CompatCheck.compare(lenient, "previous.yaml", Contracts.SPEC, "openapi.yaml", out)
                .report()
                .findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:"
                + Contracts.lineOf(Contracts.SPEC, "          strict: true\n")
                + ": "
                + RULES
                + "/2/strict: tightened contract rule offboarding-date-after-onboarding-date:"
                + " strict false → true");
    assertThat(compare(lenient).report().passed()).isTrue();
  }

  @Test
  void aLowerRateLimitIsBreakingAndAHigherOneIsNot() {
    String lower =
        Contracts.specWith(
            "        per-second: 50\n        per-minute: 1000\n",
            "        per-second: 40\n        per-minute: 1200\n");

    assertThat(compare(lower).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:"
                + Contracts.lineOf(lower, "        per-second: 40\n")
                + ": "
                + OPERATION
                + "/x-rate-limit/per-second: lower rate limit per-second: 50 → 40");
  }

  @Test
  void aRemovedErrorCodeOrAChangedHttpStatusIsBreaking() {
    String changed =
        Contracts.specWith(
            "        - code: 1002067\n          http-status: 500\n",
            "        - code: 1002067\n          http-status: 400\n");
    String removed =
        Contracts.specWith(
            "        - code: 1002001\n          http-status: 500\n",
            "        - code: 1002999\n          http-status: 500\n");

    assertThat(compare(changed).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:"
                + (Contracts.lineOf(changed, "        - code: 1002067\n") + 1)
                + ": "
                + OPERATION
                + "/x-error-codes/2/http-status: changed http-status of error code 1002067:"
                + " 500 → 400");
    assertThat(compare(removed).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "previous.yaml:"
                + Contracts.lineOf(
                    Contracts.SPEC, "        - code: 1002001\n", "/intern_offer_status:")
                + ": "
                + OPERATION
                + "/x-error-codes/0: removed error code 1002001: http-status 500 → none");
  }

  // The new operation's shapes (a per-minute window only, kinds of an open set)

  @Test
  void aLowerPerMinuteOnlyLimitIsBreaking() {
    String lower =
        Contracts.specWith(
            "      x-rate-limit:\n        per-minute: 100\n",
            "      x-rate-limit:\n        per-minute: 50\n");

    assertThat(compare(lower).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:"
                + Contracts.lineOf(lower, "        per-minute: 50\n")
                + ": "
                + UPDATE
                + "/x-rate-limit/per-minute: lower rate limit per-minute: 100 → 50");
  }

  /**
   * A window the previous spec did not declare is a new limit; one it no longer declares is gone.
   */
  @Test
  void aNewOrARemovedRateLimitWindowIsBreaking() {
    String current =
        Contracts.specWith(
            "      x-rate-limit:\n        per-minute: 100\n",
            "      x-rate-limit:\n        per-second: 5\n        per-minute: 100\n");
    current =
        Contracts.edit(
            current,
            "        per-second: 50\n        per-minute: 1000\n",
            "        per-minute: 1000\n");

    assertThat(compare(current).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "previous.yaml:"
                + Contracts.lineOf(Contracts.SPEC, "        per-second: 50\n")
                + ": "
                + OPERATION
                + "/x-rate-limit/per-second: removed rate limit per-second: 50 → none",
            "openapi.yaml:"
                + Contracts.lineOf(current, "        per-second: 5\n")
                + ": "
                + UPDATE
                + "/x-rate-limit/per-second: new rate limit per-second: none → 5");
  }

  @Test
  void aChangedErrorKindIsBreakingWhateverTheKind() {
    String handled =
        Contracts.specWith("          kind: offer-not-found\n", "          kind: parameter\n");
    String unhandled =
        Contracts.specWith("          kind: offer-not-found\n", "          kind: offer-gone\n");

    assertThat(compare(handled).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:"
                + Contracts.lineOf(handled, "          kind: parameter\n", "- code: 1002064")
                + ": "
                + UPDATE
                + "/x-error-codes/2/kind: changed kind of error code 1002064: offer-not-found →"
                + " parameter");
    assertThat(compare(unhandled).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:"
                + Contracts.lineOf(unhandled, "          kind: offer-gone\n")
                + ": "
                + UPDATE
                + "/x-error-codes/2/kind: changed kind of error code 1002064: offer-not-found →"
                + " offer-gone");
  }
}
