package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import dev.offerstatus.simulator.RecordedExchange;
import dev.offerstatus.simulator.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed with SIGKILL midway resumes with the same command, and the simulator's state shows
 * every row applied exactly once.
 */
class KillAndResumeIT {
  private static final String HEADER = "offer_id,operation,onboarding_date,offboarding_date,notes";
  private static final int OFFERS = 15;

  @TempDir Path dir;

  @Test
  void aBatchKilledMidwayResumesAndAppliesEveryRowExactlyOnce() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    List<Offer> seed = new ArrayList<>();
    for (int i = 0; i < OFFERS; i++) {
      String id = "70166051706352131" + (10 + i);
      seed.add(Offer.pendingOnboarding(id));
      csv.append(id).append(",confirm_onboarding,2022-01-").append(10 + i).append(",,\n");
    }
    for (int i = 0; i < OFFERS; i++) {
      String id = "70166051706352131" + (10 + i);
      csv.append(id)
          .append(",offboard,,2022-03-")
          .append(10 + i)
          .append(",row ")
          .append(i)
          .append('\n');
    }
    Path file = Cli.write(dir.resolve("offers.csv"), csv.toString());
    // 10 requests a second on both sides: the 30 rows take about 3 s.
    try (Simulator simulator =
        Simulator.builder().app("cli_test", "test_secret").limits(10, 600).seed(seed).start()) {
      Cli cli =
          Cli.in(dir).env("FEISHU_APP_ID", "cli_test").env("FEISHU_APP_SECRET", "test_secret");
      String[] command = {
        "batch", file.toString(), "--base-url", simulator.baseUrl(), "--rate", "10"
      };

      Process first = cli.start(command);
      Cli.read(first.getInputStream());
      Cli.read(first.getErrorStream());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (simulator.operationRequests() < 12 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
        Thread.sleep(5); // polls the simulator's counter; no timing is asserted
      }
      first.destroyForcibly(); // SIGKILL on Linux
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(first.exitValue()).isEqualTo(137);
      long sentBeforeKill = simulator.operationRequests();
      assertThat(sentBeforeKill).as("killed midway").isBetween(12L, 29L);

      Cli.Result second = cli.run(command);

      assertThat(second.exit()).as(second.err()).isZero();
      assertThat(second.err())
          .matches(
              "resuming from "
                  + file
                  + "\\.journal: \\d+ of 30 rows were completed earlier, [0-4]"
                  + " in doubt .*\n");
      assertThat(second.out())
          .matches(
              "30 rows: \\d+ ok, [0-4] applied earlier, 0 rejected, 0 unknown, 0 not sent\\."
                  + " Results: .*\n");
      for (int i = 0; i < OFFERS; i++) {
        String id = "70166051706352131" + (10 + i);
        assertThat(simulator.offer(id).orElseThrow())
            .isEqualTo(
                new Offer(
                    id,
                    OfferState.OFFBOARDED,
                    LocalDate.of(2022, 1, 10 + i),
                    LocalDate.of(2022, 3, 10 + i),
                    "row " + i));
      }
      Map<String, Integer> applied = new TreeMap<>();
      for (RecordedExchange exchange : simulator.exchanges()) {
        if (exchange.path().contains("/intern_offer_status") && exchange.code() == 0) {
          String operation =
              exchange.body().contains("confirm_onboarding") ? "confirm" : "offboard";
          applied.merge(exchange.path() + " " + operation, 1, Integer::sum);
        }
      }
      assertThat(applied).hasSize(30).allSatisfy((request, times) -> assertThat(times).isOne());
      List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
      assertThat(results).hasSize(31);
      assertThat(results.subList(1, 31))
          .allSatisfy(
              line ->
                  assertThat(line).matches("\\d+,\\d+,\\w+,(ok,0|applied-earlier,100206[78]),.*"));
    }
  }

  @Test
  void aRowSentWithoutARecordedOutcomeIsResolvedByItsWrongStateAnswer() throws IOException {
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            HEADER + "\nA,confirm_onboarding,2022-01-01,,\nA,offboard,,2022-03-02,\n");
    // The interrupted run: row 2 was journaled as sending and Feishu applied it; then kill -9,
    // mid-way through writing its done record.
    Files.writeString(
        dir.resolve("offers.csv.journal"),
        "{\"journal\":\"offer-status-batch-journal/1\",\"input\":\"offers.csv\",\"input_sha256\":\""
            + sha256(Files.readAllBytes(file))
            + "\"}\n{\"event\":\"sending\",\"row\":2}\n{\"event\":\"done\",\"ro");
    try (Simulator simulator =
        Simulator.builder()
            .app("cli_test", "test_secret")
            .seed(Offer.onboarded("A", LocalDate.of(2022, 1, 1)))
            .start()) {
      Cli.Result result =
          Cli.in(dir)
              .env("FEISHU_APP_ID", "cli_test")
              .env("FEISHU_APP_SECRET", "test_secret")
              .run("batch", file.toString(), "--base-url", simulator.baseUrl());

      assertThat(result.exit()).as(result.err()).isZero();
      assertThat(result.err())
          .isEqualTo(
              "resuming from "
                  + file
                  + ".journal: 0 of 2 rows were completed earlier, 1 in doubt"
                  + " (sent by the interrupted run, outcome unrecorded: sent again, and the"
                  + " wrong-state answer counts as applied earlier)\n");
      assertThat(result.out())
          .isEqualTo(
              "2 rows: 1 ok, 1 applied earlier, 0 rejected, 0 unknown, 0 not sent. Results: "
                  + file
                  + ".results.csv\n");
      assertThat(simulator.exchanges())
          .extracting(RecordedExchange::code)
          .containsExactly(0, 1002067, 0); // token, the replayed confirm, the offboard
      assertThat(simulator.offerState("A")).isEqualTo(OfferState.OFFBOARDED);
      List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
      assertThat(results.get(1))
          .matches(
              "2,A,confirm_onboarding,applied-earlier,1002067,[0-9A-F]{30},most likely applied"
                  + " by the interrupted run \\(the offer is no longer in the state this"
                  + " operation needs\\); check it in Feishu if the offer may have been changed"
                  + " elsewhere");
      String journal = Files.readString(dir.resolve("offers.csv.journal"));
      assertThat(journal).doesNotContain("\"ro{").contains("\"outcome\":\"applied-earlier\"");
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
