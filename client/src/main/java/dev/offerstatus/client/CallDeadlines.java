package dev.offerstatus.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;

/**
 * Cancels HTTP calls that outlive their deadline, checked by one shared daemon thread every {@value
 * #TICK_MILLIS} ms while calls are in flight (it ends when none is): a deadline costs each call a
 * set insertion and removal, and no thread wakes up per call (OkHttp's own call timeout wakes its
 * watchdog on every call, which cost this client's throughput). A call ends at most one tick after
 * its deadline.
 */
final class CallDeadlines {
  static final long TICK_MILLIS = 250;

  private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean TICKING = new AtomicBoolean();

  private CallDeadlines() {}

  /** Watches {@code call} until the returned watch is closed; cancels it at {@code nanoTime}. */
  static Watch watch(Call call, long deadlineNanoTime) {
    Watch watch = new Watch(call, deadlineNanoTime);
    WATCHED.add(watch);
    if (TICKING.compareAndSet(false, true)) {
      Thread ticker = new Thread(CallDeadlines::tick, "offer-status-call-deadlines");
      ticker.setDaemon(true);
      ticker.start();
    }
    return watch;
  }

  private static void tick() {
    while (true) {
      try {
        Thread.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        // nobody interrupts this thread; if someone does, keep the calls bounded all the same
      }
      long now = System.nanoTime();
      for (Watch watch : WATCHED) {
        if (now - watch.deadline >= 0) {
          watch.expire();
        }
      }
      if (WATCHED.isEmpty()) {
        TICKING.set(false);
        // a call watched after the check above but before the flag fell found it still set
        if (WATCHED.isEmpty() || !TICKING.compareAndSet(false, true)) {
          return;
        }
      }
    }
  }

  /** One watched call; closing it stops the watch. */
  static final class Watch implements AutoCloseable {
    private final Call call;
    private final long deadline;
    private volatile boolean expired;

    private Watch(Call call, long deadline) {
      this.call = call;
      this.deadline = deadline;
    }

    private void expire() {
      expired = true;
      WATCHED.remove(this);
      call.cancel();
    }

    /** Whether the deadline passed and the call was cancelled for it. */
    boolean expired() {
      return expired;
    }

    @Override
    public void close() {
      WATCHED.remove(this);
    }
  }
}
