package dev.offerstatus.checks.propose;

import java.util.ArrayList;
import java.util.List;

/** A unified diff ({@code diff -u}, 3 lines of context) of two texts, for review and git apply. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after}, empty when they are equal. */
  public static String of(String before, String after, String beforeName, String afterName) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    // trim the common head and tail, then an LCS table over the middle only
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    if (head == a.size() && head == b.size()) {
      return "";
    }
    List<char[]> ops = new ArrayList<>(); // ' ', '-', '+' with indexes
    List<int[]> at = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      ops.add(new char[] {' '});
      at.add(new int[] {i, i});
    }
    int n = a.size() - head - tail;
    int m = b.size() - head - tail;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(head + i).equals(b.get(head + j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
        ops.add(new char[] {' '});
        at.add(new int[] {head + i++, head + j++});
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new char[] {'-'});
        at.add(new int[] {head + i++, head + j});
      } else {
        ops.add(new char[] {'+'});
        at.add(new int[] {head + i, head + j++});
      }
    }
    for (int k = 0; k < tail; k++) {
      ops.add(new char[] {' '});
      at.add(new int[] {a.size() - tail + k, b.size() - tail + k});
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(beforeName).append('\n');
    out.append("+++ ").append(afterName).append('\n');
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k)[0] == ' ') {
        k++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      int lastChange = k;
      while (end < ops.size()) {
        if (ops.get(end)[0] != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      int aStart = at.get(start)[0];
      int bStart = at.get(start)[1];
      int aCount = 0;
      int bCount = 0;
      StringBuilder hunk = new StringBuilder();
      for (int h = start; h < end; h++) {
        char op = ops.get(h)[0];
        String line = op == '+' ? b.get(at.get(h)[1]) : a.get(at.get(h)[0]);
        hunk.append(op).append(line).append('\n');
        if (op != '+') {
          aCount++;
        }
        if (op != '-') {
          bCount++;
        }
      }
      out.append("@@ -")
          .append(range(aStart, aCount))
          .append(" +")
          .append(range(bStart, bCount))
          .append(" @@\n")
          .append(hunk);
      k = end;
    }
    return out.toString();
  }

  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + "," + count;
  }
}
