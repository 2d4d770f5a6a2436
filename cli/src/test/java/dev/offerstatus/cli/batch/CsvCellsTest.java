package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** No cell of a CSV the CLI writes is run by a spreadsheet. */
class CsvCellsTest {
  @Test
  void formulaStartsAreNeutralisedWithALeadingQuote() {
    assertThat(CsvCells.text("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvCells.text("+1")).isEqualTo("'+1");
    assertThat(CsvCells.text("-1")).isEqualTo("'-1");
    assertThat(CsvCells.text("@SUM(1)")).isEqualTo("'@SUM(1)");
    assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.text("\r=1")).isEqualTo("\"'\r=1\"");
    assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  }

  @Test
  void fullwidthAndSmallFormsOfTheFormulaStartsAreNeutralisedToo() {
    // Spreadsheets fold compatibility forms: a fullwidth ＝ starts a formula in Excel and
    // LibreOffice.
    assertThat(CsvCells.text("\uFF1D1+2")).isEqualTo("'\uFF1D1+2");
    assertThat(CsvCells.text("\uFF0B1")).isEqualTo("'\uFF0B1");
    assertThat(CsvCells.text("\uFF0D1")).isEqualTo("'\uFF0D1");
    assertThat(CsvCells.text("\uFF20SUM(1)")).isEqualTo("'\uFF20SUM(1)");
    assertThat(CsvCells.text("\uFE661+2")).isEqualTo("'\uFE661+2");
    assertThat(CsvCells.text("\uFE621")).isEqualTo("'\uFE621");
  }

  @Test
  void whiteSpaceBeforeAFormulaStartDoesNotHideIt() {
    assertThat(CsvCells.text(" =1+2")).isEqualTo("' =1+2");
    assertThat(CsvCells.text("  +1")).isEqualTo("'  +1");
    assertThat(CsvCells.text("\u00A0@SUM(1)")).isEqualTo("'\u00A0@SUM(1)");
    assertThat(CsvCells.text("\u3000\uFF1D1")).isEqualTo("'\u3000\uFF1D1");
    assertThat(CsvCells.text("\n=1")).isEqualTo("\"'\n=1\"");
    assertThat(CsvCells.text(" a=1")).isEqualTo(" a=1");
    assertThat(CsvCells.text("   ")).isEqualTo("   ");
  }

  @Test
  void anUnpairedSurrogateIsWrittenAsItsEscapeNotAsAnUnwritableCharacter() {
    assertThat(CsvCells.text("12\uD800")).isEqualTo("12\\ud800");
    assertThat(CsvCells.text("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void ordinaryTextIsQuotedOnlyWhenRfc4180NeedsIt() {
    assertThat(CsvCells.text("7016605170635213100")).isEqualTo("7016605170635213100");
    assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.text("end, of \"it\"")).isEqualTo("\"end, of \"\"it\"\"\"");
    assertThat(CsvCells.text("")).isEmpty();
    assertThat(CsvCells.text(null)).isEmpty();
    assertThat(CsvCells.number("-1")).isEqualTo("-1");
  }
}
