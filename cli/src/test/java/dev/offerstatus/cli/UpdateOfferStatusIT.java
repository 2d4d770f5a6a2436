package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import dev.offerstatus.simulator.Simulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate, batch (rows, dry run, journal, read-back, results) and call for the fifth operation,
 * updateOfferStatus, with nothing of it written in the CLI's Java; against a simulator in this JVM,
 * through the packaged jar.
 */
class UpdateOfferStatusIT {
  private static final String LOG_ID = "[0-9A-F]{30}";
  private static final String HEADER =
      "offer_id,offer_status,expiration_date,termination_reason_id_list,termination_reason_note";

  @TempDir Path dir;

  @RegisterExtension
  final SimulatorFixture simulator =
      SimulatorFixture.seeded(
          Offer.of("APPROVED", OfferState.of(4)),
          Offer.of("SENT", OfferState.of(6)),
          Offer.pendingOnboarding("INTERN"));

  private Cli.Result run(String... args) {
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--base-url=" + simulator.get().baseUrl();
    return SimulatorFixture.cli(dir).run(all);
  }

  @Test
  void aCsvOfTheNewOperationsFieldsIsReadAsItsRowsSentAndRecorded() throws IOException {
    // No operation_id column: offer_status is a field of updateOfferStatus only.
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            HEADER
                + "\nAPPROVED,6,2023-01-01,,\nAPPROVED,7,,,\n"
                + "SENT,8,,\"[\"\"6891560630172518670\"\"]\",不符合期望\n"
                + "INTERN,9,,,\n");

    Cli.Result result = run("batch", file.toString());

    assertThat(result.exit()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "4 rows: 3 ok, 1 rejected, 0 unknown, 0 not-sent, 0 pending. Results: "
                + file
                + ".results.csv\n");
    assertThat(simulator.get().offerState("APPROVED")).isEqualTo(OfferState.of(7));
    assertThat(simulator.get().offerState("SENT")).isEqualTo(OfferState.of(8));
    assertThat(
            simulator.get().offer("SENT").orElseThrow().field("termination_reason_note").asText())
        .isEqualTo("不符合期望");
    List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
    assertThat(results.subList(1, results.size()))
        .satisfiesExactly(
            l ->
                assertThat(l)
                    .matches("2,updateOfferStatus,APPROVED,offer_status=6,ok,0," + LOG_ID + ","),
            l ->
                assertThat(l)
                    .matches("3,updateOfferStatus,APPROVED,offer_status=7,ok,0," + LOG_ID + ","),
            l ->
                assertThat(l)
                    .matches("4,updateOfferStatus,SENT,offer_status=8,ok,0," + LOG_ID + ","),
            // an intern offer pending onboarding (11): the page's 1002071, typed by its kind
            l ->
                assertThat(l)
                    .matches(
                        "5,updateOfferStatus,INTERN,offer_status=9,rejected,1002071,"
                            + LOG_ID
                            + ",.*"));
  }

  @Test
  void rowsOfBothOperationsShareAFileThroughTheOperationIdColumn() throws IOException {
    Path file =
        Cli.write(
            dir.resolve("offers.jsonl"),
            "{\"operation_id\":\"internOfferStatus\",\"offer_id\":\"INTERN\","
                + "\"operation\":\"confirm_onboarding\",\"onboarding_date\":\"2022-01-01\"}\n"
                + "{\"operation_id\":\"updateOfferStatus\",\"offer_id\":\"APPROVED\","
                + "\"offer_status\":6,\"expiration_date\":\"2023-01-01\"}\n");

    Cli.Result dry = run("batch", file.toString(), "--dry-run");
    Cli.Result sent = run("batch", file.toString());

    assertThat(dry.out()).isEqualTo("dry run: all 2 rows are valid (2 offers); nothing was sent\n");
    assertThat(sent.exit()).as(sent.err()).isZero();
    assertThat(simulator.get().offerState("INTERN")).isEqualTo(OfferState.ONBOARDED);
    assertThat(simulator.get().offerState("APPROVED")).isEqualTo(OfferState.of(6));
  }

  @Test
  void theRulesOfTheNewOperationRefuseARowBeforeAnythingIsSent() {
    Path file =
        Cli.write(dir.resolve("offers.csv"), HEADER + "\nAPPROVED,6,,,\nSENT,8,,,\nSENT,11,,,\n");

    Cli.Result result = run("batch", file.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("3 bad row(s) of 3 in " + file + "; nothing was sent:\n");
    assertThat(result.outLines())
        .containsExactly(
            "line 2: expiration_date: is required when offer_status is 6 (rule"
                + " expiration-date-required-for-offer-sent)",
            "line 3: termination_reason_id_list: is required when offer_status is 8 (rule"
                + " termination-reason-id-list-required-for-candidate-rejected)",
            "line 4: offer_status: must be one of 2, 3, 4, 5, 6, 7, 8, 9, 10, was 11");
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void aFileWhoseColumnsFitBothOperationsIsRefusedNamingThem() {
    Path file = Cli.write(dir.resolve("offers.csv"), "offer_id\nAPPROVED\n");

    Cli.Result result = run("batch", file.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "error: "
                + file
                + " line 1 (the header): the fields offer_id fit more than one operation"
                + " (internOfferStatus, updateOfferStatus); name it with an operation_id column or"
                + " key, or with --operation-id\n");
  }

  @Test
  void aRowInDoubtIsSettledByReadingTheOfferBackThroughTheNewOperationsStateMachine()
      throws Exception {
    String csv = HEADER + "\nAPPROVED,6,2023-01-01,,\nSENT,7,,,\n";
    Path file = Cli.write(dir.resolve("offers.csv"), csv);
    // The interrupted run sent both rows; row 2 applied (APPROVED now reads 6), row 3 did not.
    Files.writeString(
        dir.resolve("offers.csv.journal"),
        "{\"journal\":\"offer-status-batch-journal/1\",\"input\":\"offers.csv\",\"input_sha256\":\""
            + sha256(csv)
            + "\"}\n{\"event\":\"sending\",\"row\":2}\n{\"event\":\"sending\",\"row\":3}\n");
    try (Simulator resumed =
        Simulator.builder()
            .app(SimulatorFixture.APP_ID, SimulatorFixture.APP_SECRET)
            .seed(Offer.of("APPROVED", OfferState.of(6)), Offer.of("SENT", OfferState.of(6)))
            .start()) {
      Cli.Result result =
          SimulatorFixture.cli(dir)
              .run("batch", file.toString(), "--base-url=" + resumed.baseUrl());

      assertThat(result.exit()).as(result.err()).isZero();
      assertThat(
              resumed.exchanges().stream()
                  .map(e -> e.method() + " " + e.path().replaceFirst("^/open-apis/", ""))
                  .filter(call -> !call.contains("tenant_access_token"))
                  .sorted()
                  .toList())
          .containsExactly(
              "GET hire/v1/offers/APPROVED",
              "GET hire/v1/offers/SENT",
              "PATCH hire/v1/offers/SENT/offer_status"); // only the row still needed
      List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
      assertThat(results.get(1))
          .matches(
              "2,updateOfferStatus,APPROVED,offer_status=6,ok,0,"
                  + LOG_ID
                  + ",applied by the interrupted run \\(read back\\)");
      assertThat(results.get(2))
          .matches("3,updateOfferStatus,SENT,offer_status=7,ok,0," + LOG_ID + ",");
    }
  }

  @Test
  void validateChoosesTheOperationByTheBodysFieldsAndChecksItsRules() {
    Path sent = Cli.write(dir.resolve("sent.json"), "{\"offer_status\":6}");

    Cli.Result invalid =
        SimulatorFixture.cli(dir).run("validate", "6930815272790114324", "--body", sent.toString());
    Cli.Result fields =
        SimulatorFixture.cli(dir)
            .run(
                "validate",
                "6930815272790114324",
                "--field",
                "offer_status=8",
                "--field",
                "termination_reason_id_list=[\"6891560630172518670\"]");

    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(invalid.out())
        .isEqualTo(
            "expiration_date: is required when offer_status is 6 (rule"
                + " expiration-date-required-for-offer-sent)\n");
    assertThat(fields.exit()).as(fields.err()).isZero();
    assertThat(fields.out())
        .isEqualTo("valid: the request satisfies the contract of updateOfferStatus\n");
  }

  @Test
  void callSendsAnyOperationOfTheSpecAndPrintsItsAnswer() {
    Cli.Result update =
        SimulatorFixture.cli(dir)
            .stdin("{\"offer_status\":6,\"expiration_date\":\"2023-01-01\"}")
            .run(
                "call",
                "updateOfferStatus",
                "--param",
                "offer_id=APPROVED",
                "--body",
                "-",
                "--json",
                "--base-url=" + simulator.get().baseUrl());
    Cli.Result read = run("call", "getOffer", "--param", "offer_id=APPROVED");

    assertThat(update.exit()).as(update.err()).isZero();
    assertThat(update.out())
        .matches(
            "\\{\"outcome\":\"ok\",\"operation_id\":\"updateOfferStatus\",\"code\":0,\"log_id\":\""
                + LOG_ID
                + "\",\"data\":\\{}}\n");
    assertThat(read.exit()).as(read.err()).isZero();
    assertThat(read.outLines().get(0)).matches("ok: getOffer \\(log id " + LOG_ID + "\\)");
    assertThat(read.outLines().get(1)).contains("\"offer_status\":6");
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
