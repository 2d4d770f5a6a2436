package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.UnicodeText;
import java.text.Normalizer;

/**
 * Cells of the CSV files the CLI writes: RFC 4180 quoting, and text that a spreadsheet would run as
 * a formula neutralised as OWASP recommends for CSV injection (a leading {@code '}).
 */
final class CsvCells {
  /** What starts a formula once a spreadsheet folds compatibility forms (＝ is =). */
  private static final String FORMULA_STARTS = "=+-@";

  private CsvCells() {}

  /**
   * A text cell: a value that a spreadsheet could read as a formula gets a leading {@code '} so
   * that Excel, LibreOffice and Google Sheets show it as text instead of evaluating it; then it is
   * quoted when it holds a comma, a quote or a line break. A formula start is {@code = + - @} or
   * any compatibility form of them (fullwidth {@code ＝ ＋ － ＠}, small {@code ﹦ ﹢ ﹣ ﹫}), also after
   * leading white space, and a value starting with a tab or a line break. An unpaired surrogate
   * (which UTF-8 cannot hold) is written as its escape, {@code \}{@code ud800}.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = UnicodeText.surrogatesEscaped(value);
    return quoted(formulaStart(safe) ? "'" + safe : safe);
  }

  /** A cell the CLI itself produced as a number (row, code): quoted only if ever needed. */
  static String number(String value) {
    return value == null ? "" : quoted(value);
  }

  private static boolean formulaStart(String value) {
    char first = value.charAt(0);
    if (first == '\t' || first == '\r' || first == '\n') {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      return folded.length() == 1 && FORMULA_STARTS.indexOf(folded.charAt(0)) >= 0;
    }
    return false;
  }

  private static String quoted(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
