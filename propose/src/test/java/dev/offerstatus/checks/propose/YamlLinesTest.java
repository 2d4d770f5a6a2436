package dev.offerstatus.checks.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLinesTest {
  private static final String TEXT =
      String.join(
          "\n",
          "# a comment that stays",
          "a:",
          "  list:",
          "  - one  # flush sequence",
          "  - two",
          "  items:",
          "    - code: 1",
          "      status: 400",
          "    - code: 2",
          "      status: 500",
          "  flow: []",
          "  text: |",
          "    block: not a key",
          "  'quoted key': x",
          "b: 1",
          "");

  @Test
  void readsMappingsSequencesAndQuotedKeys() {
    YamlLines yaml = new YamlLines(TEXT);
    assertThat(yaml.keys("#/a")).containsExactly("list", "items", "flow", "text", "quoted key");
    assertThat(yaml.scalar("#/a/list/1")).isEqualTo("two");
    assertThat(yaml.scalar("#/a/items/1/status")).isEqualTo("500");
    assertThat(yaml.scalar("#/a/quoted key")).isEqualTo("x");
    assertThat(yaml.exists("#/a/text/block")).isFalse();
    assertThat(yaml.scalar("#/a/text")).isNull();
    assertThat(yaml.size("#/a/items")).isEqualTo(2);
  }

  @Test
  void removingTheFirstKeyOfAnItemHandsItsDashToTheNext() {
    YamlLines yaml = new YamlLines(TEXT);
    yaml.remove("#/a/items/0/code");
    assertThat(yaml.text()).contains("    - status: 400\n    - code: 2\n");
  }

  @Test
  void appendsToFlushBlockAndEmptyFlowSequences() {
    YamlLines yaml = new YamlLines(TEXT);
    yaml.addItem("#/a/list", "three", null);
    yaml.addItem("#/a/items", "code: 3", List.of("status: 429"));
    yaml.addItem("#/a/flow", "x", null);
    assertThat(yaml.text())
        .contains("  - two\n  - three\n  items:\n")
        .contains(
            "      status: 500\n    - code: 3\n      status: 429\n  flow:\n    - x\n  text: |\n");
  }

  @Test
  void setsRenamesAndRemovesWithoutTouchingOtherLines() {
    YamlLines yaml = new YamlLines(TEXT);
    yaml.set("#/b", "2");
    yaml.renameKey("#/a/items", "codes");
    yaml.remove("#/a/text");
    assertThat(yaml.text())
        .isEqualTo(
            TEXT.replace("b: 1", "b: 2")
                .replace("  items:", "  codes:")
                .replace("  text: |\n    block: not a key\n", ""));
  }

  @Test
  void quotesOnlyWhatWouldReadBackAsSomethingElse() {
    assertThat(YamlLines.quote("transfer")).isEqualTo("transfer");
    assertThat(YamlLines.quote("转岗")).isEqualTo("转岗");
    assertThat(YamlLines.quote("2022-01-01")).isEqualTo("'2022-01-01'");
    assertThat(YamlLines.quote("yes")).isEqualTo("'yes'");
    assertThat(YamlLines.quote("a: b")).isEqualTo("'a: b'");
    assertThat(YamlLines.quote("it's")).isEqualTo("it's");
    assertThat(YamlLines.quote("'x'")).isEqualTo("'''x'''");
  }

  @Test
  void anUnknownPointerIsNamed() {
    assertThatThrownBy(() -> new YamlLines(TEXT).set("#/a/missing", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no YAML node at #/a/missing");
  }
}
