package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BatchFileTest {
  private static final CliMessages EN = CliMessages.forLocale(Locale.ENGLISH);
  private static final String HEADER = "offer_id,operation,onboarding_date,offboarding_date,notes";

  /** A row as "line operationId {parameters} body". */
  private static String text(BatchFile.Row row) {
    return row.line()
        + " "
        + row.request().operation().operationId()
        + " "
        + row.request().parameters()
        + " "
        + row.request().bodyJson();
  }

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
        .extracting(BatchFileTest::text)
        .containsExactly(
            "2 internOfferStatus {offer_id=A} {\"operation\":\"offboard\",\"offboarding_info\":"
                + "{\"actual_offboarding_date\":\"2022-03-02\",\"notes\":\"a, \\\"b\\\"\\r\\nc\"}}",
            "5 internOfferStatus {offer_id=B} {\"operation\":\"cancel_onboarding\"}");
    assertThat(parsed.rows()).extracting(BatchFile.Row::index).containsExactly(0, 1);
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
    BatchFile.Parsed parsed = csv("\uFEFFOperation , OFFER_ID\ncancel_onboarding, A \n");

    assertThat(parsed.rows())
        .extracting(BatchFileTest::text)
        .containsExactly("2 internOfferStatus {offer_id=A} {\"operation\":\"cancel_onboarding\"}");
  }

  @Test
  void aLastLineWithoutLineBreakIsARow() {
    assertThat(csv(HEADER + "\nA,cancel_onboarding,,,").rows()).hasSize(1);
  }

  @Test
  void notesKeepTheirSpacesOtherValuesAreTrimmed() {
    assertThat(text(csv(HEADER + "\n A ,offboard ,, 2022-03-02 ,  two spaces \n").rows().get(0)))
        .isEqualTo(
            "2 internOfferStatus {offer_id=A} {\"operation\":\"offboard\",\"offboarding_info\":"
                + "{\"actual_offboarding_date\":\"2022-03-02\",\"notes\":\"  two spaces \"}}");
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
        .extracting(BatchFileTest::text)
        .containsExactly("2 internOfferStatus {offer_id=A} {\"operation\":\"cancel_onboarding\"}");
  }

  @Test
  void theHashCoversTheExactBytes() {
    assertThat(csv(HEADER + "\nA,cancel_onboarding,,,\n").sha256())
        .isNotEqualTo(csv(HEADER + "\r\nA,cancel_onboarding,,,\r\n").sha256());
  }

  private static BatchFile.Parsed jsonl(String text) {
    return BatchFile.read(
        text.getBytes(StandardCharsets.UTF_8), "f.jsonl", BatchFile.Format.auto, EN);
  }

  @Test
  void anUnpairedSurrogateInAnyJsonLinesValueIsRefusedWithItsLine() {
    // "12" and the escape of a lone surrogate decoded to a string that UTF-8 cannot hold: it was
    // sent as 12%3F, another offer. Every value and key is checked, not only offer_id.
    BatchFile.Parsed parsed =
        jsonl(
            "{\"offer_id\":\"12\\ud800\",\"operation\":\"cancel_onboarding\"}\n"
                + "{\"offer_id\":\"A\",\"operation\":\"offboard\","
                + "\"offboarding_date\":\"2022-03-02\",\"notes\":\"ok \\udc00 \\ud83d\\ude00\"}\n"
                + "{\"offer_id\":\"B\",\"operation\":\"cancel_onboarding\",\"\\ud800\":null}\n"
                + "{\"offer_id\":\"C\",\"operation\":\"cancel_onboarding\",\"notes\":\"\\ud83d\\ude00\"}\n");

    assertThat(parsed.problems())
        .containsExactly(
            new BatchFile.Problem(
                1,
                "\"offer_id\" holds an unpaired surrogate (\\ud800) at character 3: not Unicode"
                    + " text, so it cannot be sent"),
            new BatchFile.Problem(
                2,
                "\"notes\" holds an unpaired surrogate (\\udc00) at character 4: not Unicode"
                    + " text, so it cannot be sent"),
            new BatchFile.Problem(
                3,
                "a key holds an unpaired surrogate (\\ud800) at character 1: not Unicode"
                    + " text, so it cannot be sent"));
    assertThat(parsed.rows())
        .extracting(BatchFileTest::text)
        .containsExactly(
            "4 internOfferStatus {offer_id=C} {\"operation\":\"cancel_onboarding\","
                + "\"offboarding_info\":{\"notes\":\"\uD83D\uDE00\"}}");
  }

  @Test
  void aJsonLinesRowWithADuplicateKeyIsRefusedWithItsLine() {
    // The last value used to win: the second offer id was sent.
    BatchFile.Parsed parsed =
        jsonl(
            "{\"offer_id\":\"A\",\"operation\":\"cancel_onboarding\",\"offer_id\":\"B\"}\n"
                + "{\"offer_id\":\"C\",\"operation\":\"cancel_onboarding\"}\n");

    assertThat(parsed.problems())
        .containsExactly(new BatchFile.Problem(1, "key \"offer_id\" appears twice"));
    assertThat(parsed.rows()).extracting(r -> r.request().offerId()).containsExactly("C");
  }

  @Test
  void aRowLongerThanTheLimitIsAProblemOfItsLineAndIsNotKept() {
    // One 150 MB field used to exhaust a 64 MB heap, and the error blamed the offer counter:
    // a row is bounded, and the rows after it are read as usual.
    String huge = "x".repeat(BatchFile.MAX_ROW_CHARS);
    String exact = "A,offboard,,2022-03-02,";
    String fits = exact + "y".repeat(BatchFile.MAX_ROW_CHARS - exact.length());

    BatchFile.Parsed parsed =
        csv(
            HEADER
                + "\nA,offboard,,2022-03-02,\""
                + huge
                + "\"\n"
                + fits
                + "\r\nB,cancel_onboarding,,,\n");

    assertThat(parsed.problems())
        .containsExactly(
            new BatchFile.Problem(
                2,
                "the row holds more than 1048576 characters, the most a row may hold; it was not"
                    + " read further"));
    assertThat(parsed.rows()).extracting(BatchFile.Row::line).containsExactly(3, 4);

    BatchFile.Parsed lines =
        jsonl(
            "{\"offer_id\":\"A\",\"operation\":\"offboard\",\"notes\":\""
                + huge
                + "\"}\n{\"offer_id\":\"B\",\"operation\":\"cancel_onboarding\"}\n");
    assertThat(lines.problems())
        .containsExactly(
            new BatchFile.Problem(
                1,
                "the row holds more than 1048576 characters, the most a row may hold; it was not"
                    + " read further"));
    assertThat(lines.rows()).extracting(BatchFile.Row::line).containsExactly(2);
  }
}
