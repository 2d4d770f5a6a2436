package dev.offerstatus.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.checks.doc.DocCheck;
import dev.offerstatus.checks.lint.LintCheck;
import dev.offerstatus.spec.synthetic.SyntheticContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A further operation is a spec entry and its page: lint and check-doc accept the synthetic one
 * (spec's test-jar) with no Java of its own, and still catch what is wrong in it.
 */
class SyntheticOperationTest {
  private static final String REQUEST = "#/components/schemas/SyntheticOfferNoteRequest";

  @Test
  void checkDocFindsNoDifferenceOnAnyPageTheSyntheticSpecNames(@TempDir Path dir) {
    Path spec = SyntheticContract.write(dir);

    CheckReport report = DocCheck.run(new DocCheck.Config(spec, List.of(), dir));

    assertThat(report.findings()).extracting(Finding::toString).isEmpty();
    assertThat(report.summary()).isEqualTo("0 differences between openapi.yaml and 7 doc pages");
  }

  @Test
  void lintFindsNoProblemInTheSyntheticSpec(@TempDir Path dir) {
    Path spec = SyntheticContract.write(dir);

    CheckReport report = LintCheck.run(new LintCheck.Config(spec, dir, Locale.ENGLISH));

    assertThat(report.findings()).extracting(Finding::toString).isEmpty();
    assertThat(report.summary()).isEqualTo("0 problems in openapi.yaml");
  }

  @Test
  void checkDocStillCatchesAWrongRuleValueOfTheSyntheticOperation(@TempDir Path dir)
      throws Exception {
    Path spec = SyntheticContract.write(dir);
    Files.writeString(
        spec,
        Files.readString(spec)
            .replace(
                "            field: note_type\n            equals: candidate\n",
                "            field: note_type\n            equals: internal\n"));

    CheckReport report =
        DocCheck.run(new DocCheck.Config(spec, List.of(dir.resolve(SyntheticContract.PAGE)), dir));

    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "upstream/synthetic_notes.md:55: "
                + REQUEST
                + "/x-contract-rules/0/when: changed rule visible-to-required-for-candidate-notes"
                + " from note_type in [internal] to note_type in [candidate]");
  }
}
