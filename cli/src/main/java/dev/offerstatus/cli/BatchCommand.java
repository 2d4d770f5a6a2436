package dev.offerstatus.cli;

import dev.offerstatus.client.OfferResult;
import dev.offerstatus.client.OfferStatusCode;
import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.client.OfferStatusResult;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Sends every row of a CSV or JSON Lines file, resumably; see the README's CLI section. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Validates every row of FILE first (nothing is sent while any row is bad), then sends them at"
          + " the rate limit, the rows of one offer in file order.",
      "Columns (CSV header) or keys (JSON Lines): offer_id, operation, onboarding_date,"
          + " offboarding_date, notes.",
      "A journal (FILE.journal) records each row before and after its request: after Ctrl-C,"
          + " kill -9 or a crash, the same command resumes without sending a completed row again."
    },
    footer = {
      "",
      "Exit status: 0 all rows applied, 1 a row rejected (by validation or by Feishu),"
          + " 2 usage or unusable input, 3 transport failure or unknown outcome.",
      "",
      "Examples:",
      "  ./offer-status batch cli/examples/batch.csv --simulator",
      "  ./offer-status batch offers.jsonl --dry-run",
      "  FEISHU_APP_ID=cli_xxx FEISHU_APP_SECRET=... ./offer-status batch offers.csv \\",
      "      --rate 20"
    })
final class BatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "CSV (with header) or JSON Lines.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "auto|csv|jsonl",
      defaultValue = "auto",
      description = "Input format (default: by extension, else by content).")
  BatchFile.Format format;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description = "The journal (default: FILE.journal; with --simulator: none).")
  Path journal;

  @Option(
      names = "--results",
      paramLabel = "FILE",
      description =
          "The results CSV: row, offer_id, operation, outcome, code, log_id, message"
              + " (default: FILE.results.csv).")
  Path results;

  @Option(names = "--dry-run", description = "Validate and show what would be sent; send nothing.")
  boolean dryRun;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Offers sent concurrently, 1..16 (default: ${DEFAULT-VALUE}); one offer's rows"
              + " always go one after another, in file order.")
  int parallel;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  /** The most problems listed (and kept in memory) for a file with bad rows. */
  static final int MAX_LISTED = 1000;

  /** A bad row: its line, the JSON path and rule when a rule of the contract found it. */
  private record Bad(int line, String path, String rule, String message) {}

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    Texts t = console.texts;
    if (parallel < 1 || parallel > 16) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.parallel", parallel));
    }
    // One streamed pass: rows are validated as they are read and the input's SHA-256 computed
    // on the way; only a run that sends keeps the rows (a dry run's memory is flat).
    List<BatchFile.Row> rows = new ArrayList<>();
    List<Bad> bad = new ArrayList<>();
    int[] badCounts = new int[3]; // bad rows (distinct lines), last bad line, structural (0/1)
    Map<String, RequestSpec> firstPerOffer = new LinkedHashMap<>();
    OfferCounter offers = new OfferCounter();
    OfferStatusRules rules = OfferStatusRules.fromClasspath();
    BatchFile.Sink sink =
        new BatchFile.Sink() {
          @Override
          public void row(BatchFile.Row row) {
            RequestSpec r = row.request();
            String offerId = r.offerId() == null ? "" : r.offerId();
            for (Violation v : rules.validateJson(offerId, r.json(), t.locale())) {
              addBad(new Bad(row.line(), v.path(), v.rule(), Violations.line(v)));
            }
            offers.add(offerId);
            if (!dryRun) {
              rows.add(row);
            }
            if (connection.simulator) {
              firstPerOffer.putIfAbsent(offerId, r);
            }
          }

          @Override
          public void problem(BatchFile.Problem p) {
            badCounts[2] = 1;
            addBad(new Bad(p.line(), null, null, p.message()));
          }

          private void addBad(Bad b) {
            if (b.line() != badCounts[1]) {
              badCounts[0]++;
              badCounts[1] = b.line();
            }
            if (bad.size() < MAX_LISTED) {
              bad.add(b);
            }
          }
        };
    BatchFile.Summary parsed;
    try (InputStream in = InputFiles.open(file, t)) {
      parsed = BatchFile.stream(in, file.toString(), format, t, sink);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("file.cannotRead", file, InputFiles.reason(e, t)), e);
    }
    if (!bad.isEmpty()) {
      return reportBadRows(
          console, bad, badCounts[0], badCounts[2] == 1, parsed.rows() + parsed.problems());
    }
    Path resultsPath = results != null ? results : sibling(file, ".results.csv");
    Path journalPath =
        journal != null ? journal : connection.simulator ? null : sibling(file, ".journal");
    if (dryRun) {
      return dryRun(console, parsed.rows(), offers.size(), journalPath);
    }
    Path resultsDir = resultsPath.toAbsolutePath().getParent();
    if (resultsDir == null || !Files.isDirectory(resultsDir) || !Files.isWritable(resultsDir)) {
      throw new CliException(
          ExitCodes.USAGE, t.get("batch.resultsIo", resultsPath, t.get("reason.noDirectory")));
    }
    try (InputLock inputLock =
            journalPath == null ? null : InputLock.acquire(parsed.sha256(), file, journalPath, t);
        Backend backend = Backend.open(connection, console, firstPerOffer.values());
        Journal log =
            journalPath == null
                ? Journal.inMemory()
                : Journal.open(journalPath, parsed.sha256(), file, t)) {
      return new Run(console, backend, log, rows, resultsPath).execute();
    }
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  private int reportBadRows(
      Console console, List<Bad> bad, int badRows, boolean structural, int rowCount) {
    bad.sort(
        Comparator.comparingInt(Bad::line)
            .thenComparing(Bad::path, Comparator.nullsFirst(Comparator.naturalOrder())));
    if (console.json) {
      List<Object> list = new ArrayList<>();
      for (Bad b : bad) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("line", b.line());
        doc.put("path", b.path());
        doc.put("rule", b.rule());
        doc.put("message", b.message());
        list.add(doc);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("valid", false);
      doc.put("sent", 0);
      doc.put("problems", list);
      console.printJson(doc);
    } else {
      console.error(console.texts.get("batch.badRows", badRows, rowCount, file));
      bad.forEach(b -> console.info(console.texts.get("batch.line", b.line(), b.message())));
      if (bad.size() == MAX_LISTED) {
        console.info(console.texts.get("batch.moreBad", MAX_LISTED));
      }
    }
    return structural ? ExitCodes.USAGE : ExitCodes.REJECTED;
  }

  private int dryRun(Console console, int rowCount, int offers, Path journalPath) {
    boolean journalExists = journalPath != null && Files.exists(journalPath);
    if (console.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("valid", true);
      doc.put("dry_run", true);
      doc.put("rows", rowCount);
      doc.put("offers", offers);
      doc.put("journal", journalExists ? journalPath.toString() : null);
      console.printJson(doc);
    } else {
      console.ok(console.texts.get("batch.dryRun", rowCount, offers));
      if (journalExists) {
        console.info(console.texts.get("batch.dryRunJournal", journalPath));
      }
    }
    return ExitCodes.OK;
  }

  /** One run of the batch over the rows the journal has not completed. */
  private final class Run {
    private final Console console;
    private final Backend backend;
    private final Journal log;
    private final List<BatchFile.Row> rows;
    private final Path resultsPath;
    private final Map<Integer, Outcome> thisRun = new ConcurrentHashMap<>();
    private final ResumeCheck resume = ResumeCheck.fromSpec();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Outcome> stopCause = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private Progress progress;

    Run(Console console, Backend backend, Journal log, List<BatchFile.Row> rows, Path resultsPath) {
      this.console = console;
      this.backend = backend;
      this.log = log;
      this.rows = rows;
      this.resultsPath = resultsPath;
    }

    int execute() {
      Texts t = console.texts;
      List<List<BatchFile.Row>> lanes = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        lanes.add(new ArrayList<>());
      }
      int doneBefore = 0;
      for (BatchFile.Row row : rows) {
        if (log.outcome(row.line()) != null) {
          doneBefore++;
        } else {
          lanes.get(Math.floorMod(row.request().offerId().hashCode(), parallel)).add(row);
        }
      }
      if (log.resumed()) {
        console.notice(
            t.get("batch.resuming", log.path(), doneBefore, rows.size(), log.inDoubt().size()));
      }
      progress =
          new Progress(console.err, console.terminal && !console.json, rows.size(), doneBefore);
      Thread hook = new Thread(this::interrupted, "offer-status-batch-interrupt");
      Runtime.getRuntime().addShutdownHook(hook);
      ExecutorService pool =
          Executors.newFixedThreadPool(
              parallel,
              r -> {
                Thread thread = new Thread(r, "offer-status-batch-lane");
                thread.setDaemon(true);
                return thread;
              });
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (List<BatchFile.Row> lane : lanes) {
          if (!lane.isEmpty()) {
            futures.add(pool.submit(() -> runLane(lane)));
          }
        }
        for (Future<?> future : futures) {
          try {
            future.get();
          } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof CliException cli) {
              throw cli; // the journal could not be written: its own message and status
            }
            throw new CliException(
                ExitCodes.TRANSPORT,
                t.get("batch.internal", String.valueOf(e.getCause())),
                e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            break;
          }
        }
      } finally {
        pool.shutdownNow();
        progress.finish();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down already: the hook waits for the results below
        }
      }
      try {
        return report();
      } finally {
        finished.countDown();
      }
    }

    /** Ctrl-C or SIGTERM: no new request leaves; wait for the ones on the wire and the results. */
    private void interrupted() {
      stop.set(true);
      try {
        if (!finished.await(20, TimeUnit.SECONDS)) {
          console.error(console.texts.get("batch.interruptTimeout"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void runLane(List<BatchFile.Row> lane) {
      for (BatchFile.Row row : lane) {
        if (stop.get()) {
          return;
        }
        send(row);
        progress.step();
      }
    }

    private void send(BatchFile.Row row) {
      int line = row.line();
      boolean inDoubt = log.isInDoubt(line);
      if (inDoubt) {
        if (!settledByReading(row)) {
          return;
        }
      } else {
        log.sending(line);
      }
      RequestSpec request = row.request();
      try {
        OfferStatusResult result = backend.client().update(request.offerId(), request.model());
        log.done(line, Outcome.ok(result));
      } catch (OfferStatusException e) {
        Outcome outcome = Outcome.of(e);
        if (Outcome.stopsBatch(e)) {
          if (!inDoubt && !outcome.kind().equals(Outcome.UNKNOWN)) {
            log.released(line); // never sent, or refused before the offer was looked at
          }
          thisRun.put(line, outcome);
          stopCause.compareAndSet(null, outcome);
          stop.set(true);
          return;
        }
        log.done(line, outcome);
      }
    }

    /**
     * A row in doubt: reads its offer back and records the row when the status settles it; true
     * when the row's request still has to be sent (the offer is in the state it starts from).
     */
    private boolean settledByReading(BatchFile.Row row) {
      int line = row.line();
      RequestSpec request = row.request();
      Texts t = console.texts;
      OfferResult read;
      try {
        read = backend.client().getOffer(request.offerId());
      } catch (OfferStatusException e) {
        // Nothing is known yet: the row stays in doubt in the journal for the next run.
        Outcome failed = Outcome.of(e);
        thisRun.put(
            line,
            new Outcome(
                Outcome.UNKNOWN,
                failed.code(),
                failed.logId(),
                t.get("batch.readBackFailed", e.getMessage())));
        if (Outcome.stopsBatch(e)) {
          stopCause.compareAndSet(null, failed);
          stop.set(true);
        }
        return false;
      }
      OfferStatusCode status = read.status();
      ResumeCheck.Transition transition = resume.transition(request.operation());
      switch (resume.verdict(request.operation(), status.value())) {
        case APPLIED -> {
          log.done(line, new Outcome(Outcome.OK, 0, read.logId(), t.get("batch.appliedReadBack")));
          return false;
        }
        case SEND -> {
          return true;
        }
        default -> {
          log.done(
              line,
              new Outcome(
                  Outcome.UNKNOWN,
                  null,
                  read.logId(),
                  t.get(
                      "batch.inDoubtOtherState",
                      OfferTexts.status(status, t),
                      request.operation(),
                      transition.from(),
                      transition.to())));
          return false;
        }
      }
    }

    private int report() {
      Texts t = console.texts;
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String kind :
          List.of(
              Outcome.OK, Outcome.REJECTED, Outcome.UNKNOWN, Outcome.NOT_SENT, Outcome.PENDING)) {
        counts.put(kind, 0);
      }
      List<String[]> lines = new ArrayList<>();
      List<String> rejected = new ArrayList<>();
      for (BatchFile.Row row : rows) {
        Outcome o = outcomeOf(row.line());
        counts.merge(o.kind(), 1, Integer::sum);
        RequestSpec r = row.request();
        lines.add(
            new String[] {
              String.valueOf(row.line()),
              r.offerId(),
              r.operation(),
              o.kind(),
              o.code() == null ? "" : String.valueOf(o.code()),
              o.logId() == null ? "" : o.logId(),
              o.message() == null ? "" : o.message()
            });
        if (!o.applied() && !o.kind().equals(Outcome.PENDING) && o.message() != null) {
          rejected.add(t.get("batch.line", row.line(), o.kind() + ": " + o.message()));
        }
      }
      writeResults(lines);
      Outcome cause = stopCause.get();
      int exit;
      if (counts.get(Outcome.UNKNOWN) > 0 || counts.get(Outcome.NOT_SENT) > 0) {
        exit = ExitCodes.TRANSPORT;
      } else if (cause != null) {
        exit = cause.exitCode();
      } else if (counts.get(Outcome.REJECTED) > 0) {
        exit = ExitCodes.REJECTED;
      } else if (counts.get(Outcome.PENDING) > 0) {
        exit = ExitCodes.TRANSPORT; // interrupted
      } else {
        exit = ExitCodes.OK;
      }
      if (console.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rows", rows.size());
        counts.forEach((k, v) -> doc.put(k.replace('-', '_'), v));
        doc.put("results", resultsPath.toString());
        doc.put("journal", log.path() == null ? null : log.path().toString());
        doc.put("resumed", log.resumed());
        doc.put("stopped", cause == null ? null : cause.message());
        console.printJson(doc);
      } else {
        rejected.forEach(console::error);
        if (cause != null) {
          console.error(t.get("batch.stopped", cause.message()));
        }
        String summary =
            t.get(
                "batch.summary",
                rows.size(),
                counts.get(Outcome.OK),
                counts.get(Outcome.REJECTED),
                counts.get(Outcome.UNKNOWN),
                counts.get(Outcome.NOT_SENT) + counts.get(Outcome.PENDING),
                resultsPath);
        if (exit == ExitCodes.OK) {
          console.ok(summary);
        } else {
          console.info(summary);
        }
        if (exit == ExitCodes.TRANSPORT && log.path() != null) {
          console.info(t.get("batch.rerun"));
        }
      }
      return exit;
    }

    private Outcome outcomeOf(int line) {
      Outcome o = thisRun.get(line);
      if (o != null) {
        return o;
      }
      o = log.outcome(line);
      if (o != null) {
        return o;
      }
      if (log.isInDoubt(line)) {
        return new Outcome(Outcome.UNKNOWN, null, null, console.texts.get("batch.inDoubt"));
      }
      return new Outcome(Outcome.PENDING, null, null, null);
    }

    private void writeResults(List<String[]> lines) {
      StringBuilder csv = new StringBuilder("row,offer_id,operation,outcome,code,log_id,message\n");
      for (String[] fields : lines) {
        for (int i = 0; i < fields.length; i++) {
          if (i > 0) {
            csv.append(',');
          }
          // row and code are numbers the CLI wrote; every other cell may come from the input
          csv.append(i == 0 || i == 4 ? CsvCells.number(fields[i]) : CsvCells.text(fields[i]));
        }
        csv.append('\n');
      }
      Path temp = resultsPath.resolveSibling(resultsPath.getFileName() + ".tmp");
      try {
        Files.writeString(temp, csv, StandardCharsets.UTF_8);
        Files.move(
            temp, resultsPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new CliException(
            ExitCodes.USAGE,
            console.texts.get("batch.resultsIo", resultsPath, InputFiles.reason(e, console.texts)),
            e);
      }
    }
  }
}
