package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers per operation and per code since the start: what {@code GET /_simulator/stats} shows and
 * the simulator prints at shutdown, so runs of other processes can be checked from outside.
 */
final class SimulatorStats {
  static final String PATH = "/_simulator/stats";

  private final Instant since;
  private final Map<String, Map<Integer, LongAdder>> answers = new ConcurrentHashMap<>();

  SimulatorStats(Instant since) {
    this.since = since;
  }

  void record(String operation, int code) {
    answers
        .computeIfAbsent(operation, o -> new ConcurrentHashMap<>())
        .computeIfAbsent(code, c -> new LongAdder())
        .increment();
  }

  long answers(String operation, int code) {
    LongAdder count = answers.getOrDefault(operation, Map.of()).get(code);
    return count == null ? 0 : count.sum();
  }

  /** Operation to code to count, sorted. */
  private Map<String, Map<Integer, Long>> snapshot() {
    Map<String, Map<Integer, Long>> copy = new TreeMap<>();
    answers.forEach(
        (operation, codes) -> {
          Map<Integer, Long> counts = new TreeMap<>();
          codes.forEach((code, n) -> counts.put(code, n.sum()));
          copy.put(operation, counts);
        });
    return copy;
  }

  /**
   * {@code {"since": ..., "answers": N, "answers_by_code": {"0": N}, "operations":
   * {"internOfferStatus": {"answers": N, "answers_by_code": {"0": N, "99991400": N}}}}}.
   */
  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("since", since.toString());
    ObjectNode operations = mapper.createObjectNode();
    Map<Integer, Long> total = new TreeMap<>();
    long all = 0;
    for (Map.Entry<String, Map<Integer, Long>> op : snapshot().entrySet()) {
      ObjectNode node = operations.putObject(op.getKey());
      ObjectNode byCode = mapper.createObjectNode();
      long sum = 0;
      for (Map.Entry<Integer, Long> code : op.getValue().entrySet()) {
        byCode.put(code.getKey().toString(), code.getValue());
        total.merge(code.getKey(), code.getValue(), Long::sum);
        sum += code.getValue();
      }
      node.put("answers", sum);
      node.set("answers_by_code", byCode);
      all += sum;
    }
    root.put("answers", all);
    ObjectNode byCode = root.putObject("answers_by_code");
    total.forEach((code, n) -> byCode.put(code.toString(), n));
    root.set("operations", operations);
    return root;
  }

  /** One line per operation: {@code internOfferStatus: 3000 answers (0 x 2990, 99991400 x 10)}. */
  String summary() {
    StringBuilder out = new StringBuilder("simulator answers since ").append(since).append(':');
    Map<String, Map<Integer, Long>> snapshot = snapshot();
    if (snapshot.isEmpty()) {
      return out.append(" none").toString();
    }
    snapshot.forEach(
        (operation, codes) -> {
          long sum = codes.values().stream().mapToLong(Long::longValue).sum();
          out.append(System.lineSeparator())
              .append("  ")
              .append(operation)
              .append(": ")
              .append(sum)
              .append(sum == 1 ? " answer (" : " answers (");
          String sep = "";
          for (Map.Entry<Integer, Long> code : codes.entrySet()) {
            out.append(sep).append(code.getKey()).append(" x ").append(code.getValue());
            sep = ", ";
          }
          out.append(')');
        });
    return out.toString();
  }
}
