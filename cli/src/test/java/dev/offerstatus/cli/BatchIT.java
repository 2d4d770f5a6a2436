package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch}: parsing, validation before sending, results, Feishu rejections, dry run. */
class BatchIT {
  private static final String HEADER = "offer_id,operation,onboarding_date,offboarding_date,notes";
  private static final String LOG_ID = "[0-9A-F]{30}";

  @TempDir Path dir;

  @RegisterExtension
  final SimulatorFixture simulator =
      SimulatorFixture.seeded(
          Offer.pendingOnboarding("A"), Offer.pendingOnboarding("B"), Offer.pendingOnboarding("C"));

  private Cli cli() {
    return SimulatorFixture.cli(dir);
  }

  private Cli.Result batch(Path file, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "batch";
    args[1] = file.toString();
    args[2] = "--base-url=" + simulator.get().baseUrl();
    System.arraycopy(more, 0, args, 3, more.length);
    return cli().run(args);
  }

  @Test
  void aCsvWithBomCrlfAndQuotedCommasIsSentInFileOrderAndResultsAreWritten() throws IOException {
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            "\uFEFF"
                + HEADER
                + "\r\n"
                + "A,confirm_onboarding,2022-01-01,,\r\n"
                + "A,offboard,,2022-03-02,\"end, of \"\"internship\"\"\"\r\n"
                + "B,confirm_onboarding,2022-01-10,,\r\n"
                + "\r\n"
                + "C,cancel_onboarding,,,\r\n");

    Cli.Result result = batch(file);

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "4 rows: 4 ok, 0 rejected, 0 unknown, 0 not-sent, 0 pending. Results: "
                + file
                + ".results.csv\n");
    assertThat(simulator.get().offer("A").orElseThrow())
        .isEqualTo(
            new Offer(
                "A",
                OfferState.OFFBOARDED,
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 3, 2),
                "end, of \"internship\""));
    assertThat(simulator.get().offerState("B")).isEqualTo(OfferState.ONBOARDED);
    assertThat(simulator.get().offerState("C")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
    List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
    assertThat(results.get(0))
        .isEqualTo("row,operation_id,offer_id,change,outcome,code,log_id,message");
    assertThat(results.subList(1, results.size()))
        .hasSize(4)
        .satisfiesExactly(
            l ->
                assertThat(l)
                    .matches(
                        "2,internOfferStatus,A,operation=confirm_onboarding,ok,0," + LOG_ID + ","),
            l ->
                assertThat(l)
                    .matches("3,internOfferStatus,A,operation=offboard,ok,0," + LOG_ID + ","),
            l ->
                assertThat(l)
                    .matches(
                        "4,internOfferStatus,B,operation=confirm_onboarding,ok,0," + LOG_ID + ","),
            l ->
                assertThat(l)
                    .matches(
                        "6,internOfferStatus,C,operation=cancel_onboarding,ok,0," + LOG_ID + ","));
    assertThat(Files.readString(dir.resolve("offers.csv.journal"))).startsWith("{\"journal\"");

    long requests = simulator.get().operationRequests();
    Cli.Result again = batch(file, "--json");

    assertThat(again.exit()).isZero();
    assertThat(again.out())
        .isEqualTo(
            "{\"rows\":4,\"ok\":4,\"rejected\":0,\"unknown\":0,"
                + "\"not_sent\":0,\"pending\":0,\"results\":\""
                + file
                + ".results.csv\","
                + "\"journal\":\""
                + file
                + ".journal\",\"resumed\":true}\n");
    assertThat(simulator.get().operationRequests()).as("nothing sent twice").isEqualTo(requests);
  }

  @Test
  void everyBadRowIsReportedWithItsLineBeforeAnythingIsSent() {
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            HEADER
                + "\n"
                + "A,confirm_onboarding,2022-01-01,,\n"
                + "B,hire,,,\n"
                + "C,offboard,,2022-02-30,\n"
                + "\"D/E, F\",confirm_onboarding,,,\n");

    Cli.Result result = batch(file);

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("3 bad row(s) of 4 in " + file + "; nothing was sent:\n");
    assertThat(result.outLines())
        .containsExactly(
            "line 3: operation: must be one of \"confirm_onboarding\", \"cancel_onboarding\","
                + " \"offboard\", was \"hire\"",
            "line 4: offboarding_info.actual_offboarding_date: must be a real calendar date"
                + " written YYYY-MM-DD, was \"2022-02-30\"",
            "line 5: offer_id: must be one URL path segment (not blank, no \"/\", not \".\" or"
                + " \"..\", no control characters), was \"D/E, F\"",
            "line 5: onboarding_info: is required when operation is \"confirm_onboarding\" (rule"
                + " onboarding-info-required-for-confirm-onboarding)");
    assertThat(simulator.get().operationRequests()).isZero();
    assertThat(dir.resolve("offers.csv.journal")).doesNotExist();
  }

  @Test
  void structuralProblemsOfJsonLinesExitTwoWithTheirLines() {
    Path file =
        Cli.write(
            dir.resolve("offers.jsonl"),
            "{\"offer_id\":\"A\",\"operation\":\"cancel_onboarding\"}\n"
                + "{\"offer_id\":\"B\",\"operation\":\"offboard\"\n"
                + "{\"offer_id\":\"C\",\"operation\":\"offboard\",\"offboarding_date\":20220302}\n"
                + "{\"offer_id\":\"C\",\"op\":\"offboard\"}\n"
                + "[1]\n");

    Cli.Result result = batch(file);

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("4 bad row(s) of 5 in " + file + "; nothing was sent:\n");
    assertThat(result.outLines())
        .hasSize(4)
        .satisfiesExactly(
            l ->
                assertThat(l)
                    .isEqualTo(
                        "line 2: not valid JSON: the line ends at column 39 before its object is"
                            + " complete"),
            l ->
                assertThat(l)
                    .isEqualTo(
                        "line 3: offboarding_info.actual_offboarding_date: must be a JSON string,"
                            + " was 20220302"),
            l ->
                assertThat(l)
                    .isEqualTo(
                        "line 4: unknown key \"op\" (expected: internOfferStatus takes"
                            + " offer_id, operation, onboarding_date, offboarding_date, notes;"
                            + " updateOfferStatus takes offer_id, offer_status, expiration_date,"
                            + " termination_reason_id_list, termination_reason_note)"),
            l -> assertThat(l).isEqualTo("line 5: not a JSON object"));
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void badFilesAreUnusableInputWithExitTwo() throws IOException {
    Path empty = Cli.write(dir.resolve("empty.csv"), "\uFEFF\r\n");
    Path headerOnly = Cli.write(dir.resolve("header.csv"), HEADER + "\r\n");
    Path noOperation =
        Cli.write(dir.resolve("columns.csv"), "offer_id,date,notes\nA,2022-01-01,x\n");
    Path fieldCount = Cli.write(dir.resolve("fields.csv"), HEADER + "\nA,cancel_onboarding\n");
    Cli.write(dir.resolve("ok.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Path unclosed =
        Cli.write(dir.resolve("quote.csv"), HEADER + "\nA,offboard,,2022-03-02,\"oops\n");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        (HEADER + "\nA,offboard,,2022-03-02,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));

    assertThat(batch(empty))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "error: "
                    + empty
                    + " is empty: expected a CSV header line and rows, or JSON Lines\n"));
    assertThat(batch(headerOnly))
        .isEqualTo(new Cli.Result(2, "", "error: " + headerOnly + " has a header but no rows\n"));
    assertThat(batch(noOperation))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "error: "
                    + noOperation
                    + " line 1 (the header): unknown column \"date\""
                    + " (expected: offer_id, operation, onboarding_date, offboarding_date, notes);"
                    + " missing column \"operation\"\n"));
    assertThat(batch(fieldCount))
        .isEqualTo(
            new Cli.Result(
                2,
                "line 2: has 2 field(s), the header has 5\n",
                "1 bad row(s) of 1 in " + fieldCount + "; nothing was sent:\n"));
    assertThat(batch(unclosed))
        .isEqualTo(
            new Cli.Result(
                2, "", "error: " + unclosed + " line 2: a quoted field is never closed\n"));
    assertThat(batch(latin1))
        .isEqualTo(
            new Cli.Result(
                2, "", "error: " + latin1 + " line 2: not valid UTF-8 (save the file as UTF-8)\n"));
    assertThat(batch(fieldCount.resolveSibling("ok.csv"), "--results", "nowhere/r.csv"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "error: cannot write the results file nowhere/r.csv: its directory does not exist"
                    + " or is not writable\n"));
    assertThat(batch(dir.resolve("missing.csv")))
        .isEqualTo(
            new Cli.Result(
                2, "", "error: cannot read " + dir.resolve("missing.csv") + ": no such file\n"));
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void rowsRejectedByFeishuAreRecordedAndTheOthersStillSent() throws IOException {
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            HEADER + "\nA,offboard,,2022-03-02,\nB,cancel_onboarding,,,\n");

    Cli.Result result = batch(file, "--parallel", "1");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "2 rows: 1 ok, 1 rejected, 0 unknown, 0 not-sent, 0 pending. Results: "
                + file
                + ".results.csv\n");
    assertThat(result.err())
        .matches(
            "line 2: rejected: POST /open-apis/hire/v1/offers/A/intern_offer_status: Feishu"
                + " answered code 1002068 .*\n");
    List<String> results = Files.readAllLines(dir.resolve("offers.csv.results.csv"));
    assertThat(results.get(1))
        .matches(
            "2,internOfferStatus,A,operation=offboard,rejected,1002068,"
                + LOG_ID
                + ",\"POST /open-apis/hire/v1/offers/A/intern_offer_status: Feishu answered code"
                + " 1002068 .*\"");
    assertThat(results.get(2))
        .matches("3,internOfferStatus,B,operation=cancel_onboarding,ok,0," + LOG_ID + ",");
    assertThat(simulator.get().offerState("B")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
  }

  @Test
  void dryRunValidatesAndSendsNothing() {
    Path file =
        Cli.write(
            dir.resolve("offers.jsonl"),
            "{\"offer_id\":\"A\",\"operation\":\"confirm_onboarding\",\"onboarding_date\":\"2022-01-01\"}\n"
                + "{\"offer_id\":\"A\",\"operation\":\"offboard\",\"offboarding_date\":\"2022-03-02\",\"notes\":null}\n");

    Cli.Result result = Cli.in(dir).run("batch", file.toString(), "--dry-run");

    assertThat(result)
        .isEqualTo(
            new Cli.Result(0, "dry run: all 2 rows are valid (1 offers); nothing was sent\n", ""));
    assertThat(dir.resolve("offers.jsonl.journal")).doesNotExist();
  }

  @Test
  void aJournalOfAnotherVersionOfTheFileIsRefused() throws IOException {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Files.writeString(
        dir.resolve("offers.csv.journal"),
        "{\"journal\":\"offer-status-batch-journal/1\",\"input\":\"offers.csv\","
            + "\"input_sha256\":\"00\"}\n");

    Cli.Result result = batch(file);

    assertThat(result)
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "error: the journal "
                    + file
                    + ".journal belongs to another version of "
                    + file
                    + " (its SHA-256 differs): finish that run with the original file, or move the"
                    + " journal away to start a new run\n"));
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void aJsonSyntaxErrorOrTextAfterTheObjectIsReportedInTheClisOwnWordsWithItsColumn()
      throws IOException {
    Path file =
        Cli.write(
            dir.resolve("offers.jsonl"),
            "{\"offer_id\":\"A\",x}\n"
                + "{\"offer_id\":\"B\",\"operation\":\"offboard\"}}\n"
                + "{\"offer_id\":\"C\",\"operation\":\"offboard\"} 7\n");

    Cli.Result english = batch(file);
    Cli.Result chinese = batch(file, "--lang=zh");

    assertThat(english.exit()).isEqualTo(2);
    assertThat(english.outLines())
        .containsExactly(
            "line 1: not valid JSON: unexpected character \"x\" at column 17",
            "line 2: not valid JSON: unexpected character \"}\" at column 40",
            "line 3: not valid JSON: unexpected text after the object at column 41");
    assertThat(chinese.exit()).isEqualTo(2);
    assertThat(chinese.outLines())
        .containsExactly(
            "第 1 行：不是有效的 JSON：第 17 列出现意外字符“x”",
            "第 2 行：不是有效的 JSON：第 40 列出现意外字符“}”",
            "第 3 行：不是有效的 JSON：第 41 列在对象之后还有多余内容");
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void aJournalOnAFullDiskIsNamedWithTheReasonNotAJavaException() throws IOException {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");

    Cli.Result result = batch(file, "--journal=/dev/full");

    assertThat(result)
        .isEqualTo(
            new Cli.Result(
                2, "", "error: cannot use the journal /dev/full: no space left on the device\n"));
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void aJournalWhoseParentIsAFileIsNamedWithTheReasonInBothLanguages() throws IOException {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Path journal = Cli.write(dir.resolve("plain.txt"), "not a directory\n").resolve("j.journal");

    Cli.Result english = batch(file, "--journal=" + journal);
    Cli.Result chinese = batch(file, "--journal=" + journal, "--lang=zh");

    assertThat(english)
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "error: cannot use the journal "
                    + journal
                    + ": a part of its path is not a directory\n"));
    assertThat(chinese)
        .isEqualTo(new Cli.Result(2, "", "error: 无法使用日志 " + journal + "：路径中有一部分不是目录\n"));
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void aResultsFileWhoseParentIsAFileIsRefusedBeforeAnythingIsSent() throws IOException {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Path results = Cli.write(dir.resolve("plain.txt"), "not a directory\n").resolve("r.csv");

    Cli.Result result = batch(file, "--results=" + results);

    assertThat(result)
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "error: cannot write the results file "
                    + results
                    + ": its directory does not exist or is not writable\n"));
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void aTemporaryDirectoryThatCannotHoldTheInputsCopyIsExit2NamingItAndNothingIsSent() {
    Path file = Cli.write(dir.resolve("offers.csv"), HEADER + "\nA,cancel_onboarding,,,\n");
    Path missing = dir.resolve("no-such-directory");

    Cli.Result result =
        cli()
            .env("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + missing)
            .run("batch", file.toString(), "--base-url=" + simulator.get().baseUrl());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .endsWith(
            "error: cannot write the private copy of the input in " + missing + ": no such file\n");
    assertThat(simulator.get().operationRequests()).isZero();
  }
}
