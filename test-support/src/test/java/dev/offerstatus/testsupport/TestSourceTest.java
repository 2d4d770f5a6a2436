package dev.offerstatus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestSourceTest {
  static int example() {
    // example start
    int answer = 6 * 7;
    // example end
    return answer;
  }

  @Test
  void theCodeBetweenTwoMarkersIsReadFromTheTestsOwnSource() {
    String code = TestSource.of(TestSourceTest.class).between("// example start", "// example end");

    assertThat(code.strip()).isEqualTo("int answer = 6 * 7;");
    assertThat(example()).isEqualTo(42);
  }

  @Test
  void aMissingMarkerFailsNamingTheSourceAndTheMarker() {
    TestSource source = TestSource.of(TestSourceTest.class);
    String path = "src/test/java/dev/offerstatus/testsupport/TestSourceTest.java";

    assertThatThrownBy(() -> source.between("// no" + "where", "// example end"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(path + " has no marker \"// no" + "where\".");
    assertThatThrownBy(() -> source.between("// example start", "// no" + "end"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(path + " has no marker \"// no" + "end\" after \"// example start\".");
  }
}
