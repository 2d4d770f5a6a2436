package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.client.OfferStatusListener;

/**
 * Journals a batch row as {@code sending} at the moment its request leaves, not before: the
 * client's {@link OfferStatusListener#requestSent} is called on the sending thread after the token
 * fetch and the rate-limit wait, just before the bytes are written. So a failure or a kill before
 * that (token endpoint down, an interrupted wait) leaves no row in doubt that was never sent.
 *
 * <p>A lane thread {@linkplain #begin begins} a row before it calls the client and {@linkplain #end
 * ends} it after; reads (a resumed row's read-back) and token requests are never marked.
 */
final class SendingMarks implements OfferStatusListener {
  private final ThreadLocal<Mark> current = new ThreadLocal<>();

  /** One row's request on this thread: whether it is journaled as sending. */
  static final class Mark {
    private final BatchJournal journal;
    private final int line;
    private final String operationId;
    private boolean marked;
    private CliException failure;

    private Mark(BatchJournal journal, int line, boolean marked, String operationId) {
      this.journal = journal;
      this.line = line;
      this.marked = marked;
      this.operationId = operationId;
    }

    /** Whether the journal holds {@code sending} for the row (it may have left). */
    boolean marked() {
      return marked;
    }
  }

  /**
   * The calling thread is about to send the row at {@code line}, a request of {@code operationId};
   * {@code inDoubt} when an earlier run already journaled it as sending (it is not journaled
   * twice).
   */
  Mark begin(BatchJournal journal, int line, boolean inDoubt, String operationId) {
    Mark mark = new Mark(journal, line, inDoubt, operationId);
    current.set(mark);
    return mark;
  }

  /**
   * The row's call returned or threw.
   *
   * @throws CliException when the journal could not be written as the request left (the client
   *     ignores a listener's exceptions, so it is rethrown here: the batch stops with exit 2)
   */
  void end(Mark mark) {
    current.remove();
    if (mark.failure != null) {
      throw mark.failure;
    }
  }

  @Override
  public void requestSent(String operationId, String method, int attempt) {
    Mark mark = current.get();
    if (mark == null || mark.marked || !mark.operationId.equals(operationId)) {
      return;
    }
    mark.marked = true; // even if the write fails: the request is leaving
    try {
      mark.journal.sending(mark.line);
    } catch (CliException e) {
      mark.failure = e;
    }
  }
}
