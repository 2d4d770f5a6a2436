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
      Cli cli = SimulatorFixture.cli(dir);
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
              "30 rows: 30 ok, 0 rejected, 0 unknown, 0 not-sent, 0 pending\\." + " Results: .*\n");
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
                  assertThat(line)
                      .matches(
                          "\\d+,internOfferStatus,\\d+,operation=\\w+,ok,0,[0-9A-F]{30},"
                              + "(|applied by the interrupted run \\(read back\\))"));
    }
  }

  /** The interrupted run: row 2 journaled as sending, then kill -9 mid-way through its done. */
  private Path interruptedAtRow2(String csv) throws IOException {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\n" + csv);
    Files.writeString(
        dir.resolve("offers.csv.journal"),
        "{\"journal\":\"offer-status-batch-journal/1\",\"input\":\"offers.csv\",\"input_sha256\":\""
            + sha256(Files.readAllBytes(file))
            + "\"}\n{\"event\":\"sending\",\"row\":2}\n{\"event\":\"done\",\"ro");
    return file;
  }

  private Cli.Result resume(Simulator simulator, Path file) {
    return SimulatorFixture.cli(dir)
        .run("batch", file.toString(), "--base-url", simulator.baseUrl());
  }

  private static String resuming(Path file) {
    return "resuming from "
        + file
        + ".journal: 0 of 2 rows were completed earlier, 1 in doubt (sent by the interrupted run,"
        + " outcome unrecorded: each offer is read back first)\n";
  }

  private static List<String> calls(Simulator simulator) {
    return simulator.exchanges().stream()
        .map(e -> e.method() + " " + e.path().replaceFirst("^/open-apis/", "") + " " + e.code())
        .toList();
  }

  @Test
  void aRowInDoubtWhoseOfferShowsTheOperationAppliedIsOkWithoutResending() throws IOException {
    Path file = interruptedAtRow2("A,confirm_onboarding,2022-01-01,,\nA,offboard,,2022-03-02,\n");
    // Feishu applied row 2 before the kill: the offer is onboarded (12).
    try (Simulator simulator =
        Simulator.builder()
            .app("cli_test", "test_secret")
            .seed(Offer.onboarded("A", LocalDate.of(2022, 1, 1)))
            .start()) {
      Cli.Result result = resume(simulator, file);

      assertThat(result.exit()).as(result.err()).isZero();
      assertThat(result.err()).isEqualTo(resuming(file));
      assertThat(result.out())
          .isEqualTo(
              "2 rows: 2 ok, 0 rejected, 0 unknown, 0 not-sent, 0 pending. Results: "
                  + file
                  + ".results.csv\n");
      assertThat(calls(simulator))
          .containsExactly(
              "POST auth/v3/tenant_access_token/internal 0",
              "GET hire/v1/offers/A 0",
              "POST hire/v1/offers/A/intern_offer_status 0"); // only the offboard is sent
      assertThat(simulator.offerState("A")).isEqualTo(OfferState.OFFBOARDED);
      List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
      assertThat(results.get(1))
          .matches(
              "2,internOfferStatus,A,operation=confirm_onboarding,ok,0,[0-9A-F]{30},"
                  + "applied by the interrupted run \\(read back\\)");
      String journal = Files.readString(dir.resolve("offers.csv.journal"));
      assertThat(journal).doesNotContain("\"ro{").contains("\"outcome\":\"ok\"");
      assertThat(result.out() + result.err() + String.join("\n", results)).doesNotContain("likely");
    }
  }

  @Test
  void aRowInDoubtWhoseOfferStillNeedsTheOperationIsSent() throws IOException {
    Path file = interruptedAtRow2("A,confirm_onboarding,2022-01-01,,\nA,offboard,,2022-03-02,\n");
    // The request never reached Feishu: the offer is still pending onboarding (11).
    try (Simulator simulator =
        Simulator.builder()
            .app("cli_test", "test_secret")
            .seed(Offer.pendingOnboarding("A"))
            .start()) {
      Cli.Result result = resume(simulator, file);

      assertThat(result.exit()).as(result.err()).isZero();
      assertThat(result.out())
          .startsWith("2 rows: 2 ok, 0 rejected, 0 unknown, 0 not-sent, 0 pending.");
      assertThat(calls(simulator))
          .containsExactly(
              "POST auth/v3/tenant_access_token/internal 0",
              "GET hire/v1/offers/A 0",
              "POST hire/v1/offers/A/intern_offer_status 0",
              "POST hire/v1/offers/A/intern_offer_status 0");
      assertThat(simulator.offerState("A")).isEqualTo(OfferState.OFFBOARDED);
      assertThat(Files.readAllLines(dir.resolve("offers.csv.results.csv")).get(1))
          .matches("2,internOfferStatus,A,operation=confirm_onboarding,ok,0,[0-9A-F]{30},");
    }
  }

  @Test
  void aRowInDoubtWhoseOfferIsInAnotherStateIsUnknownNamingThatState() throws IOException {
    Path file = interruptedAtRow2("A,confirm_onboarding,2022-01-01,,\nB,offboard,,2022-03-02,\n");
    // Someone else offboarded A meanwhile: 13 is neither 11 (confirm's from) nor 12 (its to).
    try (Simulator simulator =
        Simulator.builder()
            .app("cli_test", "test_secret")
            .seed(
                Offer.onboarded("B", LocalDate.of(2022, 1, 1)),
                Offer.offboarded("A", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1)))
            .start()) {
      Cli.Result result = resume(simulator, file);

      assertThat(result.exit()).as(result.err()).isEqualTo(3);
      assertThat(result.err())
          .isEqualTo(
              "resuming from "
                  + file
                  + ".journal: 0 of 2 rows were completed earlier, 1 in doubt (sent by the"
                  + " interrupted run, outcome unrecorded: each offer is read back first)\n"
                  + "line 2: unknown: sent by an interrupted run; the offer now reads offer_status"
                  + " 13 (intern, offboarded (intern offers only)), neither a state"
                  + " internOfferStatus operation=confirm_onboarding starts from (11) nor the one"
                  + " it leads to (12): it was changed elsewhere, check it\n");
      assertThat(calls(simulator))
          .containsExactlyInAnyOrder(
              "POST auth/v3/tenant_access_token/internal 0",
              "GET hire/v1/offers/A 0",
              "POST hire/v1/offers/B/intern_offer_status 0");
      assertThat(simulator.offerState("A")).isEqualTo(OfferState.OFFBOARDED);
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
