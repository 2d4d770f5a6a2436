package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PathSegment}'s validator, reading the offer_id parameter schema of the spec. */
class PathSegmentValidatorTest {
  static final class Id {
    @PathSegment(parameter = "offer_id")
    String id;
  }

  private static boolean valid(String id) {
    return PlainValidator.VALIDATOR.validateValue(Id.class, "id", id).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "\t\t", "a/b", "/", ".", "..", "a\u0000", "a\n", "\r", "x\u007F", "é/"})
  void anythingButOnePathSegmentIsInvalid(String id) {
    assertThat(valid(id)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"7016605170635213100", "a..b", "...", ".a", "a b", "中文"})
  void onePathSegmentIsValid(String id) {
    assertThat(valid(id)).isTrue();
  }
}
