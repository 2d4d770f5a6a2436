package dev.offerstatus.simulator;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the JDK server runs requests on. The JDK server reads a request's headers and body on
 * the thread it hands the request to, so a client that stalls mid-request holds that thread until
 * the request timeout: with a fixed pool, a few dozen stalled clients made every other request wait
 * for that timeout. Here every request in progress has a thread of its own, {@code ready} of them
 * kept waiting and more started on demand, up to {@code max} requests at once; a request beyond
 * that is refused at once (the JDK server closes its connection) rather than queued behind the
 * stalled ones.
 */
final class RequestPool implements Executor {
  /** How long a thread started on demand waits for another request before it ends. */
  private static final long IDLE_SECONDS = 30;

  private final ThreadPoolExecutor threads;
  private final AtomicInteger inProgress = new AtomicInteger();

  RequestPool(int ready, int max) {
    AtomicInteger threadNumber = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(
            Math.min(ready, max),
            max,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(), // no queue: a request runs now or is refused
            runnable -> {
              Thread thread =
                  new Thread(runnable, "offer-status-simulator-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Runs one request (from reading its headers to its answer) on a thread of its own.
   *
   * @throws java.util.concurrent.RejectedExecutionException when {@code max} requests are in
   *     progress; the JDK server then closes the connection
   */
  @Override
  public void execute(Runnable request) {
    threads.execute(
        () -> {
          inProgress.incrementAndGet();
          try {
            request.run();
          } finally {
            inProgress.decrementAndGet();
          }
        });
  }

  /** How many requests are being read, handled or answered now. */
  int inProgress() {
    return inProgress.get();
  }

  void shutdownNow() {
    threads.shutdownNow();
  }
}
