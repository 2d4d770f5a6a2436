package dev.offerstatus.cli.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.spec.ContractModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which operation a row means, from the spec alone. */
class OperationChoiceTest {
  private static final CliMessages EN = CliMessages.forLocale(Locale.ENGLISH);
  private static final ContractModel MODEL = ContractModel.fromClasspath();

  private static OperationChoice choice(String operationId) {
    return OperationChoice.of(MODEL, operationId, EN);
  }

  private static String chosen(OperationChoice.Resolution resolution) {
    return resolution.chosen()
        ? resolution.columns().operation().operationId()
        : String.join("; ", resolution.problems());
  }

  @Test
  void theColumnsOfFilesWrittenBeforeOperationIdsStillMeanTheInternWrite() {
    assertThat(
            chosen(
                choice(null)
                    .resolve(
                        List.of(
                            "offer_id",
                            "operation",
                            "onboarding_date",
                            "offboarding_date",
                            "notes"),
                        null,
                        "csv.unknownColumn")))
        .isEqualTo("internOfferStatus");
  }

  @Test
  void theNewOperationsFieldsChooseIt() {
    assertThat(
            chosen(
                choice(null)
                    .resolve(
                        List.of("offer_id", "offer_status", "termination_reason_id_list"),
                        null,
                        "csv.unknownColumn")))
        .isEqualTo("updateOfferStatus");
  }

  @Test
  void columnsThatFitBothOperationsOrNeitherAreRefusedNamingTheCandidates() {
    assertThat(chosen(choice(null).resolve(List.of("offer_id"), null, "csv.unknownColumn")))
        .isEqualTo(
            "the fields offer_id fit more than one operation (internOfferStatus,"
                + " updateOfferStatus); name it with an operation_id column or key, or with"
                + " --operation-id");
    assertThat(
            chosen(
                choice(null)
                    .resolve(List.of("operation", "offer_status"), null, "csv.unknownColumn")))
        .startsWith(
            "the fields operation, offer_status fit no single operation (internOfferStatus takes"
                + " offer_id, operation, onboarding_date, offboarding_date, notes;"
                + " updateOfferStatus takes offer_id, offer_status, ");
  }

  @Test
  void anOperationIdColumnOrTheOptionDecidesAndAColumnItLacksIsNamed() {
    assertThat(
            chosen(
                choice(null)
                    .resolve(
                        List.of("operation_id", "offer_id", "notes"),
                        "updateOfferStatus",
                        "jsonl.unknownKey")))
        .isEqualTo(
            "unknown key \"notes\" (expected: offer_id, offer_status, expiration_date,"
                + " termination_reason_id_list, termination_reason_note)");
    assertThat(
            chosen(
                choice("internOfferStatus")
                    .resolve(List.of("offer_id"), "updateOfferStatus", "csv.unknownColumn")))
        .isEqualTo(
            "operation_id \"updateOfferStatus\" differs from --operation-id internOfferStatus");
    assertThat(chosen(choice(null).resolve(List.of("offer_id"), "getOffer", "csv.unknownColumn")))
        .isEqualTo(
            "unknown operation_id \"getOffer\" (the operations with a request body:"
                + " internOfferStatus, updateOfferStatus)");
  }

  @Test
  void anOperationIdOptionThatNamesNoOperationWithABodyIsAUsageError() {
    assertThatThrownBy(() -> choice("tenantAccessTokenInternal"))
        .isInstanceOf(CliException.class)
        .hasMessage(
            "--operation-id tenantAccessTokenInternal: the spec has no operation"
                + " tenantAccessTokenInternal with a request body (it has: internOfferStatus,"
                + " updateOfferStatus)");
  }

  @Test
  void aCsvCellIsReadAsItsFieldsType() {
    RequestColumns update = RequestColumns.of(MODEL, MODEL.requireOperation("updateOfferStatus"));

    assertThat(
            RowRequest.fromCell(" 6 ", update.target("offer_status").orElseThrow().schema())
                .isNumber())
        .isTrue();
    assertThat(
            RowRequest.fromCell("six", update.target("offer_status").orElseThrow().schema())
                .textValue())
        .isEqualTo("six");
    assertThat(
            RowRequest.fromCell(
                    "[\"1\",\"2\"]",
                    update.target("termination_reason_id_list").orElseThrow().schema())
                .size())
        .isEqualTo(2);
    assertThat(
            RowRequest.fromCell(
                    "  spaces kept ",
                    update.target("termination_reason_note").orElseThrow().schema())
                .textValue())
        .isEqualTo("  spaces kept ");
  }
}
