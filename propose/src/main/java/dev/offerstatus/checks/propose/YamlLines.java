package dev.offerstatus.checks.propose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A line-preserving editor of a hand-written block-style YAML file: finds a node by JSON pointer
 * and changes only the lines of that node, so comments, key order, quoting and blank lines
 * elsewhere stay byte for byte. It reads the block style this project's spec is written in
 * (mappings, indented or flush sequences, {@code - key: value} items, block scalars); a node
 * written in flow style ({@code [a, b]}) is replaced whole.
 */
public final class YamlLines {
  private final List<String> lines;

  /** The editor over {@code text}; line ends are normalised to {@code \n}. */
  public YamlLines(String text) {
    Objects.requireNonNull(text, "text == null");
    lines = new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
  }

  /** The edited text. */
  public String text() {
    return String.join("\n", lines);
  }

  /** A node: the line of its key or dash, its value's region and its children's indent. */
  record Node(int line, int keyCol, int start, int end, int firstCol, String key) {
    /** A value on the key's own line (scalar or flow). */
    boolean inline() {
      return firstCol < 0 && start == line;
    }
  }

  /** True when {@code pointer} (e.g. {@code #/paths/~1x/post/x-rate-limit}) names a node. */
  public boolean exists(String pointer) {
    return find(pointer) != null;
  }

  /** The children's keys (mapping) or {@code 0..n-1} (sequence) of the node, in order. */
  public List<String> keys(String pointer) {
    Node n = require(pointer);
    List<String> keys = new ArrayList<>();
    for (Node c : children(n)) {
      keys.add(c.key());
    }
    return keys;
  }

  /** The scalar at {@code pointer}, unquoted, or null when it is not an inline scalar. */
  public String scalar(String pointer) {
    Node n = find(pointer);
    if (n == null || !n.inline() || isBlockIndicator(valueText(n))) {
      return null;
    }
    return unquote(valueText(n));
  }

  /** Sets the inline scalar (or replaces the block) at {@code pointer} with {@code yamlValue}. */
  public void set(String pointer, String yamlValue) {
    Node n = require(pointer);
    String line = lines.get(n.line());
    String head = head(line, n);
    removeRange(n.line() + 1, trimEnd(n.line() + 1, n.end()));
    lines.set(n.line(), head + " " + yamlValue);
  }

  /** Replaces the value at {@code pointer} with a block ({@code block} indented under the key). */
  public void setBlock(String pointer, List<String> block) {
    Node n = require(pointer);
    String head = head(lines.get(n.line()), n);
    removeRange(n.line() + 1, trimEnd(n.line() + 1, n.end()));
    lines.set(n.line(), head);
    String pad = " ".repeat(n.keyCol() + 2);
    List<String> added = new ArrayList<>();
    block.forEach(b -> added.add(b.isEmpty() ? b : pad + b));
    lines.addAll(n.line() + 1, added);
  }

  /** Renames the mapping key at {@code pointer}, keeping its value lines. */
  public void renameKey(String pointer, String newKey) {
    Node n = require(pointer);
    String line = lines.get(n.line());
    int colon = keyEnd(line, n.keyCol());
    lines.set(n.line(), line.substring(0, n.keyCol()) + newKey + line.substring(colon));
  }

  /** Removes the mapping entry or sequence item at {@code pointer} with its value lines. */
  public void remove(String pointer) {
    Node n = require(pointer);
    String line = lines.get(n.line());
    if (line.substring(n.keyCol()).startsWith("- ") || line.strip().equals("-")) {
      removeRange(n.line(), trimEnd(n.line() + 1, n.end()));
      return;
    }
    int dash = dashBefore(line, n.keyCol());
    if (dash >= 0) {
      // the first key of a "- key: value" item: the next key takes the dash
      int next = nextChildLine(n);
      if (next < 0) {
        removeRange(n.line(), trimEnd(n.line() + 1, n.end()));
        return;
      }
      String nextLine = lines.get(next);
      lines.set(next, line.substring(0, n.keyCol()) + nextLine.substring(n.keyCol()));
      removeRange(n.line(), next);
      return;
    }
    removeRange(n.line(), trimEnd(n.line() + 1, n.end()));
  }

  /**
   * Adds {@code key} to the mapping at {@code pointer}, after its last entry; {@code value} is the
   * inline scalar, or null with {@code block} the value's lines (indented relative to the key).
   */
  public void addEntry(String pointer, String key, String value, List<String> block) {
    Node n = require(pointer);
    int indent = childIndent(n);
    List<String> added = new ArrayList<>();
    String pad = " ".repeat(indent);
    added.add(pad + key + ":" + (value == null ? "" : " " + value));
    if (block != null) {
      block.forEach(b -> added.add(pad + "  " + b));
    }
    insertAfterChildren(n, added);
  }

  /**
   * Appends an item to the sequence at {@code pointer}: {@code first} after the dash, then rest.
   */
  public void addItem(String pointer, String first, List<String> rest) {
    Node n = require(pointer);
    List<Node> items = children(n);
    int indent;
    if (!items.isEmpty()) {
      indent = items.get(0).keyCol();
    } else {
      indent = n.keyCol() + 2;
    }
    String pad = " ".repeat(indent);
    List<String> added = new ArrayList<>();
    added.add(pad + "- " + first);
    if (rest != null) {
      rest.forEach(r -> added.add(pad + "  " + r));
    }
    insertAfterChildren(n, added);
  }

  /** The number of children of the node at {@code pointer}. */
  public int size(String pointer) {
    return children(require(pointer)).size();
  }

  private void insertAfterChildren(Node n, List<String> added) {
    if (n.inline()) {
      // flow or empty value: turn it into a block
      String line = lines.get(n.line());
      lines.set(n.line(), head(line, n));
      lines.addAll(n.line() + 1, added);
      return;
    }
    int at = trimEnd(n.start(), n.end());
    lines.addAll(at, added);
  }

  private int childIndent(Node n) {
    List<Node> kids = n.inline() ? List.of() : children(n);
    return kids.isEmpty() ? n.keyCol() + 2 : kids.get(0).keyCol();
  }

  private Node require(String pointer) {
    Node n = find(pointer);
    if (n == null) {
      throw new IllegalArgumentException("no YAML node at " + pointer);
    }
    return n;
  }

  Node find(String pointer) {
    if (!pointer.equals("#") && !pointer.startsWith("#/")) {
      throw new IllegalArgumentException("not a JSON pointer: " + pointer);
    }
    Node node = new Node(-1, -2, 0, lines.size(), -1, "");
    if (pointer.equals("#")) {
      return node;
    }
    for (String raw : pointer.substring(2).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (node.inline()) {
        return null;
      }
      Node next = null;
      for (Node child : children(node)) {
        if (child.key().equals(segment)) {
          next = child;
          break;
        }
      }
      if (next == null) {
        return null;
      }
      node = next;
    }
    return node;
  }

  /** The children of a block node. */
  private List<Node> children(Node parent) {
    List<Node> out = new ArrayList<>();
    if (parent.inline()) {
      return out;
    }
    int from = parent.start();
    int to = parent.end();
    int ci = -1;
    boolean sequence = false;
    for (int i = from; i < to; i++) {
      int col = i == from && parent.firstCol() >= 0 ? parent.firstCol() : indent(i);
      if (col < 0) {
        continue;
      }
      if (ci < 0) {
        ci = col;
        sequence = lines.get(i).startsWith("- ", col) || lines.get(i).strip().equals("-");
      }
      if (col != ci) {
        continue;
      }
      String line = lines.get(i);
      boolean dash = line.startsWith("- ", col) || line.strip().equals("-");
      if (sequence != dash) {
        continue; // a flush sequence under a mapping key belongs to that key
      }
      out.add(new Node(i, col, i, to, -1, ""));
    }
    List<Node> result = new ArrayList<>();
    for (int k = 0; k < out.size(); k++) {
      Node c = out.get(k);
      int end = k + 1 < out.size() ? out.get(k + 1).line() : to;
      String line = lines.get(c.line());
      if (sequence) {
        int content = c.keyCol() + 2;
        String rest = line.length() > content ? line.substring(content) : "";
        if (isKey(rest)) {
          result.add(new Node(c.line(), c.keyCol(), c.line(), end, content, String.valueOf(k)));
        } else if (rest.isBlank()) {
          result.add(new Node(c.line(), c.keyCol(), c.line() + 1, end, -1, String.valueOf(k)));
        } else {
          result.add(new Node(c.line(), c.keyCol(), c.line(), end, -1, String.valueOf(k)));
        }
      } else {
        int colon = keyEnd(line, c.keyCol());
        String key = unquote(line.substring(c.keyCol(), colon).strip());
        String rest = line.substring(colon + 1);
        if (stripComment(rest).isBlank()) { // a block scalar (| or >) stays one inline node
          result.add(new Node(c.line(), c.keyCol(), c.line() + 1, end, -1, key));
        } else {
          result.add(new Node(c.line(), c.keyCol(), c.line(), end, -1, key));
        }
      }
    }
    return result;
  }

  /** The line of the next key beside {@code n} in the same mapping, or -1. */
  private int nextChildLine(Node n) {
    for (int i = n.line() + 1; i < lines.size(); i++) {
      int col = indent(i);
      if (col >= 0 && col <= n.keyCol()) {
        return col == n.keyCol() && !lines.get(i).startsWith("- ", col) ? i : -1;
      }
    }
    return -1;
  }

  private static int dashBefore(String line, int col) {
    return col >= 2 && line.startsWith("- ", col - 2) ? col - 2 : -1;
  }

  private String head(String line, Node n) {
    if (line.startsWith("- ", n.keyCol()) && !isKey(line.substring(n.keyCol() + 2))) {
      return line.substring(0, n.keyCol()) + "-";
    }
    return line.substring(0, keyEnd(line, n.keyCol()) + 1);
  }

  private String valueText(Node n) {
    String line = lines.get(n.line());
    String rest;
    if (line.startsWith("- ", n.keyCol()) && !isKey(line.substring(n.keyCol() + 2))) {
      rest = line.substring(n.keyCol() + 2);
    } else {
      rest = line.substring(keyEnd(line, n.keyCol()) + 1);
    }
    return stripComment(rest).strip();
  }

  /** Drops trailing blank and comment-only lines of [from, to). */
  private int trimEnd(int from, int to) {
    int end = to;
    while (end > from && indent(end - 1) < 0) {
      end--;
    }
    return end;
  }

  private void removeRange(int from, int to) {
    if (to > from) {
      lines.subList(from, to).clear();
    }
  }

  /** The indent of a significant line, -1 for blank and comment-only lines. */
  private int indent(int i) {
    String line = lines.get(i);
    int col = 0;
    while (col < line.length() && line.charAt(col) == ' ') {
      col++;
    }
    if (col == line.length() || line.charAt(col) == '#') {
      return -1;
    }
    return col;
  }

  private static boolean isKey(String text) {
    String t = text.strip();
    if (t.startsWith("\"") || t.startsWith("'")) {
      char q = t.charAt(0);
      int close = t.indexOf(q, 1);
      return close > 0 && t.startsWith(":", close + 1);
    }
    if (t.startsWith("{") || t.startsWith("[") || t.startsWith("#")) {
      return false;
    }
    int colon = t.indexOf(": ");
    return colon > 0 || (t.endsWith(":") && t.length() > 1);
  }

  private static boolean isBlockIndicator(String rest) {
    String t = stripComment(rest).strip();
    return t.startsWith("|") || t.startsWith(">");
  }

  /** The column of the colon ending the key that starts at {@code col}. */
  private static int keyEnd(String line, int col) {
    int start = col;
    if (line.startsWith("- ", col) && isKey(line.substring(col + 2))) {
      start = col + 2;
    }
    char c = line.charAt(start);
    if (c == '"' || c == '\'') {
      int close = line.indexOf(c, start + 1);
      return line.indexOf(':', close);
    }
    int colon = line.indexOf(": ", start);
    return colon >= 0 ? colon : line.indexOf(':', start);
  }

  private static String stripComment(String rest) {
    int hash = rest.indexOf(" #");
    if (hash >= 0 && rest.indexOf('\'') < 0 && rest.indexOf('"') < 0) {
      return rest.substring(0, hash);
    }
    return rest;
  }

  static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
      return t.substring(1, t.length() - 1).replace("''", "'");
    }
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return t;
  }

  /** {@code value} as a YAML scalar: plain when that reads back as the same string, else quoted. */
  public static String quote(String value) {
    boolean plain =
        !value.isEmpty()
            && value.equals(value.strip())
            && "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) < 0
            && !value.contains(": ")
            && !value.contains(" #")
            && !value.endsWith(":")
            && value.chars().noneMatch(c -> c < 0x20)
            && !value.matches("[-+.0-9][-+.0-9a-zA-Z:_ ]*")
            && !value
                .toLowerCase(java.util.Locale.ROOT)
                .matches("true|false|null|yes|no|on|off|y|n|~|\\.nan|\\.inf");
    return plain ? value : "'" + value.replace("'", "''") + "'";
  }
}
