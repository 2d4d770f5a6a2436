package dev.offerstatus.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the simulator answered: the last {@value #SIZE} exchanges (like MockWebServer's recorded
 * requests) and, never truncated, how many answers carried each code; thread-safe.
 */
final class RecordedExchanges {
  static final int SIZE = 1000;

  private final Deque<RecordedExchange> exchanges = new ArrayDeque<>();
  private final Map<Integer, LongAdder> answersByCode = new ConcurrentHashMap<>();

  void record(RecordedExchange exchange) {
    answersByCode.computeIfAbsent(exchange.code(), c -> new LongAdder()).increment();
    synchronized (exchanges) {
      if (exchanges.size() == SIZE) {
        exchanges.removeFirst();
      }
      exchanges.addLast(exchange);
    }
  }

  /** The last {@value #SIZE} exchanges, oldest first. */
  List<RecordedExchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }

  /** How many answers carried this {@code code}, since the start (never truncated). */
  long answers(int code) {
    LongAdder count = answersByCode.get(code);
    return count == null ? 0 : count.sum();
  }
}
