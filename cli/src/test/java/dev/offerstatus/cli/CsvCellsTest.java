package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, item 8: no cell of a CSV the CLI writes is run by a spreadsheet. */
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
  void ordinaryTextIsQuotedOnlyWhenRfc4180NeedsIt() {
    assertThat(CsvCells.text("7016605170635213100")).isEqualTo("7016605170635213100");
    assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.text("end, of \"it\"")).isEqualTo("\"end, of \"\"it\"\"\"");
    assertThat(CsvCells.text("")).isEmpty();
    assertThat(CsvCells.text(null)).isEmpty();
    assertThat(CsvCells.number("-1")).isEqualTo("-1");
  }
}
