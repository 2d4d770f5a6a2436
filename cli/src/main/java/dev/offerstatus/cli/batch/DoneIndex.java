package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.request.Outcome;
import java.util.Arrays;

/**
 * Row line → byte offset of its {@code done} record in the journal, in two primitive arrays (12
 * bytes a row instead of an {@link Outcome} object and a boxed map entry): filled while a journal
 * is replayed, then sorted once and looked up by binary search.
 */
final class DoneIndex {
  private int[] lines = new int[0];
  private long[] offsets = new long[0];
  private int size;
  private boolean sealed = true;

  /** Records {@code line}'s done record at {@code offset}; a later record of a line wins. */
  void put(int line, long offset) {
    if (size == lines.length) {
      int capacity = Math.max(16, size * 2);
      lines = Arrays.copyOf(lines, capacity);
      offsets = Arrays.copyOf(offsets, capacity);
    }
    lines[size] = line;
    offsets[size] = offset;
    size++;
    sealed = false;
  }

  /** Sorts by line, keeping the last record of each line. */
  void seal() {
    if (sealed) {
      return;
    }
    // sort (line, order) pairs by line then by order, packed into longs: no boxing
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = ((long) lines[i] << 32) | i;
    }
    Arrays.sort(keys);
    int[] sortedLines = new int[size];
    long[] sortedOffsets = new long[size];
    int n = 0;
    for (long key : keys) {
      int line = (int) (key >> 32);
      long offset = offsets[(int) key];
      if (n > 0 && sortedLines[n - 1] == line) {
        sortedOffsets[n - 1] = offset; // later record of the same line
      } else {
        sortedLines[n] = line;
        sortedOffsets[n] = offset;
        n++;
      }
    }
    lines = Arrays.copyOf(sortedLines, n);
    offsets = Arrays.copyOf(sortedOffsets, n);
    size = n;
    sealed = true;
  }

  /** The offset of {@code line}'s done record, or -1. */
  long offsetOf(int line) {
    if (!sealed) {
      throw new IllegalStateException("seal() first");
    }
    int i = Arrays.binarySearch(lines, 0, size, line);
    return i < 0 ? -1 : offsets[i];
  }

  int size() {
    return size;
  }
}
