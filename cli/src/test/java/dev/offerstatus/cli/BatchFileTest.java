package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BatchFileTest {
  private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
  private static final String HEADER = "offer_id,operation,onboarding_date,offboarding_date,notes";

  private static BatchFile.Parsed csv(String text) {
    return BatchFile.read(
        text.getBytes(StandardCharsets.UTF_8), "f.csv", BatchFile.Format.auto, EN);
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirFirstLine() {
    BatchFile.Parsed parsed =
        csv(
            HEADER
                + "\r\nA,offboard,,2022-03-02,\"a, \"\"b\"\"\r\nc\"\r\n\r\nB,cancel_onboarding,,,\r\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows())
        .containsExactly(
            new BatchFile.Row(
                0, 2, new RequestSpec("A", "offboard", null, "2022-03-02", "a, \"b\"\r\nc")),
            new BatchFile.Row(1, 5, new RequestSpec("B", "cancel_onboarding", null, null, null)));
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
    BatchFile.Parsed parsed = csv("\uFEFFOperation , OFFER_ID\ncancel_onboarding, A \n");

    assertThat(parsed.rows())
        .containsExactly(
            new BatchFile.Row(0, 2, new RequestSpec("A", "cancel_onboarding", null, null, null)));
  }

  @Test
  void aLastLineWithoutLineBreakIsARow() {
    assertThat(csv(HEADER + "\nA,cancel_onboarding,,,").rows()).hasSize(1);
  }

  @Test
  void notesKeepTheirSpacesOtherValuesAreTrimmed() {
    assertThat(
            csv(HEADER + "\n A ,offboard ,, 2022-03-02 ,  two spaces \n").rows().get(0).request())
        .isEqualTo(new RequestSpec("A", "offboard", null, "2022-03-02", "  two spaces "));
  }

  @Test
  void aDuplicateColumnIsRefused() {
    assertThatThrownBy(() -> csv("offer_id,operation,operation\nA,b,c\n"))
        .isInstanceOf(CliException.class)
        .hasMessage("f.csv line 1 (the header): column \"operation\" appears twice");
  }

  @Test
  void theFormatFollowsTheContentWhenTheExtensionSaysNothing() {
    BatchFile.Parsed parsed =
        BatchFile.read(
            "\n{\"offer_id\":\"A\",\"operation\":\"cancel_onboarding\",\"notes\":null}\n"
                .getBytes(StandardCharsets.UTF_8),
            "rows.txt",
            BatchFile.Format.auto,
            EN);

    assertThat(parsed.format()).isEqualTo(BatchFile.Format.jsonl);
    assertThat(parsed.rows())
        .containsExactly(
            new BatchFile.Row(0, 2, new RequestSpec("A", "cancel_onboarding", null, null, null)));
  }

  @Test
  void theHashCoversTheExactBytes() {
    assertThat(csv(HEADER + "\nA,cancel_onboarding,,,\n").sha256())
        .isNotEqualTo(csv(HEADER + "\r\nA,cancel_onboarding,,,\r\n").sha256());
  }
}
