package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PathSegment} on a bean property, with the exact message. */
class PathSegmentConstrainedTest {
  record Call(@PathSegment(parameter = "offer_id") String offerId) {}

  @Test
  void slashIsReportedWithTheValue() {
    assertThat(PlainValidator.lines(new Call("a/b")))
        .containsExactly(
            "offerId: must be one URL path segment (not blank, no \"/\", not \".\" or \"..\", no"
                + " control characters), was \"a/b\"");
  }

  @Test
  void nullIsLeftToRequiredChecks() {
    assertThat(PlainValidator.lines(new Call(null))).isEmpty();
  }
}
