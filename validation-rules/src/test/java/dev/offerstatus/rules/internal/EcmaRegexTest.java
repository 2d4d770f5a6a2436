package dev.offerstatus.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** OpenAPI patterns keep their ECMA-262 meaning under java.util.regex. */
class EcmaRegexTest {
  @Test
  void dollarIsTheEndOfInputNotBeforeAFinalLineBreak() {
    assertThat(Pattern.compile("^[a-z]+$").matcher("abc\n").find()).as("java's own $").isTrue();
    assertThat(EcmaRegex.compile("^[a-z]+$").matcher("abc\n").find()).isFalse();
    assertThat(EcmaRegex.compile("^[a-z]+$").matcher("abc").find()).isTrue();
  }

  @Test
  void dollarInsideAClassOrEscapedStaysLiteral() {
    assertThat(EcmaRegex.compile("^[$]+\\$$").matcher("$$").find()).isTrue();
    assertThat(EcmaRegex.compile("^[^$]$").matcher("$").find()).isFalse();
  }

  @Test
  void theSpecsOfferIdPatternRejectsControlCharactersAnywhere() {
    Pattern offerId = EcmaRegex.compile("^(?!\\s*$)(?!\\.{1,2}$)[^/\\u0000-\\u001F\\u007F]+$");
    assertThat(offerId.matcher("7016605170635213100").find()).isTrue();
    assertThat(offerId.matcher("7016605170635213100\n").find()).isFalse();
    assertThat(offerId.matcher("..\n").find()).isFalse();
    assertThat(offerId.matcher(" \n").find()).isFalse();
  }
}
