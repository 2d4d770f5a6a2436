package dev.offerstatus.cli.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Counts distinct offer ids in 8 bytes per distinct offer (a 64-bit hash in an open-addressing
 * table) instead of keeping the ids: a million offers take about 16 MB, not a hundred. Two ids with
 * the same 64-bit hash would count once; at a million offers the chance is below 10^-7. The hashes
 * are also what a sending run claims ({@link OfferClaim}).
 */
final class OfferCounter {
  private long[] table = new long[1024];
  private boolean zeroSeen;
  private int size;
  private long failedGrowth;

  void add(String offerId) {
    long hash = hash(offerId);
    if (hash == 0) {
      if (!zeroSeen) {
        zeroSeen = true;
        size++;
      }
      return;
    }
    if ((size + 1) * 2L > table.length) {
      grow();
    }
    if (insert(table, hash)) {
      size++;
    }
  }

  int size() {
    return size;
  }

  /**
   * The distinct hashes in ascending (signed) order, in the first {@link #size()} slots of the
   * returned array: the table itself, compacted and sorted in place, so no second copy is needed.
   * The counter counts no more after this.
   */
  long[] drainSorted() {
    long[] hashes = table;
    int n = 0;
    for (long hash : hashes) {
      if (hash != 0) {
        hashes[n++] = hash;
      }
    }
    if (zeroSeen) {
      hashes[n++] = 0;
    }
    Arrays.fill(hashes, n, hashes.length, 0);
    Arrays.sort(hashes, 0, n);
    table = null;
    return hashes;
  }

  private static boolean insert(long[] table, long hash) {
    int mask = table.length - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == hash) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = hash;
    return true;
  }

  /** The bytes its table takes. */
  long tableBytes() {
    return table == null ? 0 : table.length * 8L;
  }

  /** The bytes a table twice as large failed to get (an OutOfMemoryError), or 0. */
  long failedGrowth() {
    return failedGrowth;
  }

  private void grow() {
    long[] bigger;
    try {
      bigger = new long[table.length * 2];
    } catch (OutOfMemoryError e) {
      failedGrowth = table.length * 16L;
      throw e;
    }
    for (long hash : table) {
      if (hash != 0) {
        insert(bigger, hash);
      }
    }
    table = bigger;
  }

  /** FNV-1a 64 over the UTF-8 bytes, then a final mix; the same in every run and version. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  @Override
  public String toString() {
    return "OfferCounter{size=" + size + ", slots=" + (table == null ? 0 : table.length) + "}";
  }
}
