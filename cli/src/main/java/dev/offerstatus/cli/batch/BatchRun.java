package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.OfferStatusLabel;
import dev.offerstatus.cli.request.Outcome;
import dev.offerstatus.cli.request.RequestSender;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.client.OfferResult;
import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.OfferStatusCode;
import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.spec.StateMachine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One run of a checked batch over the rows its journal has not completed. The rows are read again
 * (streamed) and handed to {@code parallel} lanes through bounded queues, an offer's rows always to
 * the same lane, so they go one after another in file order; a row in doubt from an interrupted run
 * is read back first ({@link ResumeCheck}). Outcomes go to the journal and, in file order, to the
 * {@link BatchResults}; memory does not grow with the number of rows.
 */
final class BatchRun {
  /** Rows waiting for each lane. */
  static final int LANE_QUEUE = 64;

  private static final BatchFile.Row END = new BatchFile.Row(-1, -1, null);

  /** Reads the rows again, handing each to a sink. */
  @FunctionalInterface
  interface RowSource {
    void read(BatchFile.Sink sink) throws IOException;
  }

  private final Console console;
  private final CliMessages t;
  private final OfferStatusClient client;
  private final SendingMarks marks;
  private final BatchJournal log;
  private final BatchResults results;
  private final BatchPresenter presenter;
  private final int parallel;
  private final int rowCount;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicReference<Outcome> stopCause = new AtomicReference<>();
  private final AtomicReference<Throwable> laneFailure = new AtomicReference<>();
  private final CountDownLatch finished = new CountDownLatch(1);
  private Progress progress;

  BatchRun(
      Console console,
      OfferStatusClient client,
      SendingMarks marks,
      BatchJournal log,
      BatchResults results,
      BatchPresenter presenter,
      int parallel,
      int rowCount) {
    this.console = console;
    this.t = console.messages;
    this.client = client;
    this.marks = marks;
    this.log = log;
    this.results = results;
    this.presenter = presenter;
    this.parallel = parallel;
    this.rowCount = rowCount;
  }

  /** Sends the rows {@code source} reads; reports; returns the exit status. */
  int execute(RowSource source) {
    try {
      if (log.resumed()) {
        console.notice(
            t.get("batch.resuming", log.path(), log.doneCount(), rowCount, log.inDoubt().size()));
      }
      progress =
          new Progress(console.err, console.terminal && !console.json, rowCount, log.doneCount());
      Thread hook = new Thread(this::interrupted, "offer-status-batch-interrupt");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        sendAll(source);
      } finally {
        progress.finish();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down already: the hook waits for the results below
        }
      }
      Throwable failure = laneFailure.get();
      if (failure instanceof CliException cli) {
        throw cli; // the journal could not be written: its own message and status
      } else if (failure != null) {
        throw new CliException(
            ExitCodes.TRANSPORT, t.get("batch.internal", String.valueOf(failure)), failure);
      }
      results.finish();
      BatchReport report =
          new BatchReport(
              rowCount,
              results.counts(),
              results.path(),
              log.path(),
              log.resumed(),
              stopCause.get());
      presenter.summary(report);
      return report.exitCode();
    } finally {
      finished.countDown();
    }
  }

  /** The reader (this thread) feeds the lanes; returns when every lane has ended. */
  private void sendAll(RowSource source) {
    List<BlockingQueue<BatchFile.Row>> queues = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parallel,
            r -> {
              Thread thread = new Thread(r, "offer-status-batch-lane");
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> lanes = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      BlockingQueue<BatchFile.Row> queue = new ArrayBlockingQueue<>(LANE_QUEUE);
      queues.add(queue);
      lanes.add(pool.submit(() -> lane(queue)));
    }
    try {
      source.read(
          new BatchFile.Sink() {
            @Override
            public void row(BatchFile.Row row) {
              dispatch(row, queues);
            }

            @Override
            public void problem(BatchFile.Problem problem) {
              throw new IllegalStateException("a checked row changed: " + problem);
            }
          });
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("batch.internal", CliInputFiles.reason(e, t)), e);
    } finally {
      for (BlockingQueue<BatchFile.Row> queue : queues) {
        putUninterruptibly(queue, END);
      }
      for (Future<?> lane : lanes) {
        awaitUninterruptibly(lane);
      }
      pool.shutdownNow();
    }
  }

  private void dispatch(BatchFile.Row row, List<BlockingQueue<BatchFile.Row>> queues) {
    int line = row.line();
    try {
      if (log.doneBefore(line)) {
        results.settle(row, log.outcome(line), true);
      } else if (stop.get()) {
        results.settle(row, Outcome.untried(log.isInDoubt(line), t), true);
      } else {
        queues.get(Math.floorMod(row.request().offerId().hashCode(), parallel)).put(row);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
      settleNow(row, Outcome.untried(log.isInDoubt(line), t));
    }
  }

  private void lane(BlockingQueue<BatchFile.Row> queue) {
    while (true) {
      BatchFile.Row row;
      try {
        row = queue.take();
      } catch (InterruptedException e) {
        return; // only after END: the pool is shut down once every lane ended
      }
      if (row == END) {
        return;
      }
      Outcome outcome;
      if (stop.get()) {
        outcome = Outcome.untried(log.isInDoubt(row.line()), t);
      } else {
        try {
          outcome = send(row);
          progress.step();
        } catch (RuntimeException | Error e) {
          laneFailure.compareAndSet(null, e);
          stop.set(true);
          outcome = Outcome.untried(log.isInDoubt(row.line()), t);
        }
      }
      settleNow(row, outcome);
    }
  }

  /** Settles without waiting (lanes never wait for the results: the reader does). */
  private void settleNow(BatchFile.Row row, Outcome outcome) {
    try {
      results.settle(row, outcome, false);
    } catch (InterruptedException e) {
      throw new AssertionError("settle without waiting cannot be interrupted", e);
    }
  }

  /** Ctrl-C or SIGTERM: no new request leaves; wait for the ones on the wire and the results. */
  private void interrupted() {
    stop.set(true);
    try {
      if (!finished.await(20, TimeUnit.SECONDS)) {
        console.error(t.get("batch.interruptTimeout"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends one row (reading it back first when it is in doubt); returns its outcome. */
  private Outcome send(BatchFile.Row row) {
    int line = row.line();
    boolean inDoubt = log.isInDoubt(line);
    if (inDoubt) {
      Outcome settled = settledByReading(row);
      if (settled != null) {
        return settled;
      }
    }
    RowRequest request = row.request();
    SendingMarks.Mark mark = marks.begin(log, line, inDoubt, request.operation().operationId());
    Outcome outcome;
    boolean stops = false;
    try {
      outcome = Outcome.ok(RequestSender.send(client, request).logId());
    } catch (OfferStatusException e) {
      outcome = Outcome.of(e);
      stops = Outcome.stopsBatch(e);
    } finally {
      marks.end(mark);
    }
    if (stops) {
      if (mark.marked() && !inDoubt && outcome.kind() != Outcome.UNKNOWN) {
        log.released(line); // refused before the offer was looked at, or never left
      }
      stopCause.compareAndSet(null, outcome);
      stop.set(true);
      return outcome;
    }
    log.done(line, outcome);
    return outcome;
  }

  /**
   * A row in doubt: reads its offer back and records the row when the status settles it; returns
   * its outcome, or null when its request still has to be sent (the offer is in the state it starts
   * from).
   */
  private Outcome settledByReading(BatchFile.Row row) {
    int line = row.line();
    RowRequest request = row.request();
    Optional<StateMachine.Transition> asked = request.transition();
    if (asked.isEmpty()) {
      // nothing in the spec says which status would show it applied: say so, once
      Outcome outcome =
          new Outcome(
              Outcome.UNKNOWN,
              null,
              null,
              t.get("batch.inDoubtNoMachine", request.operation().operationId()));
      log.done(line, outcome);
      return outcome;
    }
    StateMachine.Transition transition = asked.get();
    OfferResult read;
    try {
      read = client.getOffer(request.offerId());
    } catch (OfferStatusException e) {
      // Nothing is known yet: the row stays in doubt in the journal for the next run.
      Outcome failed = Outcome.of(e);
      if (Outcome.stopsBatch(e)) {
        stopCause.compareAndSet(null, failed);
        stop.set(true);
      }
      return new Outcome(
          Outcome.UNKNOWN,
          failed.code(),
          failed.logId(),
          t.get("batch.readBackFailed", e.getMessage()));
    }
    OfferStatusCode status = read.status();
    Outcome outcome;
    switch (ResumeCheck.verdict(transition, status.value())) {
      case APPLIED ->
          outcome = new Outcome(Outcome.OK, 0, read.logId(), t.get("batch.appliedReadBack"));
      case SEND -> {
        return null;
      }
      case CANNOT_TELL ->
          outcome =
              new Outcome(
                  Outcome.UNKNOWN,
                  null,
                  read.logId(),
                  t.get(
                      "batch.inDoubtCannotTell",
                      OfferStatusLabel.status(status, t),
                      request.operation().operationId() + " " + request.change()));
      default ->
          outcome =
              new Outcome(
                  Outcome.UNKNOWN,
                  null,
                  read.logId(),
                  t.get(
                      "batch.inDoubtOtherState",
                      OfferStatusLabel.status(status, t),
                      request.operation().operationId() + " " + request.change(),
                      transition.from().stream()
                          .map(String::valueOf)
                          .collect(Collectors.joining(", ")),
                      transition.to()));
    }
    log.done(line, outcome);
    return outcome;
  }

  private static void putUninterruptibly(BlockingQueue<BatchFile.Row> queue, BatchFile.Row row) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(row);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitUninterruptibly(Future<?> lane) {
    boolean interrupted = false;
    while (true) {
      try {
        lane.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException e) {
        laneFailure.compareAndSet(null, e.getCause()); // lanes catch their own; defensive
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
