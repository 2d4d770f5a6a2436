package dev.offerstatus.cli;

import java.nio.charset.StandardCharsets;

/**
 * Counts distinct offer ids in 8 bytes per distinct offer (a 64-bit hash in an open-addressing
 * table) instead of keeping the ids: a million offers take about 16 MB, not a hundred. Two ids with
 * the same 64-bit hash would count once; at a million offers the chance is below 10^-7.
 */
final class OfferCounter {
  private long[] table = new long[1024];
  private boolean zeroSeen;
  private int size;

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

  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (long hash : table) {
      if (hash != 0) {
        insert(bigger, hash);
      }
    }
    table = bigger;
  }

  /** FNV-1a 64 over the UTF-8 bytes, then a final mix. */
  private static long hash(String id) {
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
    return "OfferCounter{size=" + size + ", slots=" + table.length + "}";
  }
}
