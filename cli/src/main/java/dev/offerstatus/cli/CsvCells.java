package dev.offerstatus.cli;

/**
 * Cells of the CSV files the CLI writes: RFC 4180 quoting, and text that a spreadsheet would run as
 * a formula neutralised as OWASP recommends for CSV injection (a leading {@code '}).
 */
final class CsvCells {
  private CsvCells() {}

  /**
   * A text cell: a value starting with {@code = + - @}, a tab or a carriage return gets a leading
   * {@code '} so that Excel, LibreOffice and Google Sheets show it as text instead of evaluating
   * it; then it is quoted when it holds a comma, a quote or a line break.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    String safe =
        first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
            ? "'" + value
            : value;
    return quoted(safe);
  }

  /** A cell the CLI itself produced as a number (row, code): quoted only if ever needed. */
  static String number(String value) {
    return value == null ? "" : quoted(value);
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
