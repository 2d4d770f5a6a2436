package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterRulesTest {
  private static final ParameterRules RULES = ParameterRules.fromClasspath();
  private static final String TALENT = "7096320678581242123";

  @Test
  void anIntegerParameterIsWrittenAsDigits() {
    // "1e2" and "5.0" passed, and a server parsing the digits failed on them
    for (String pageSize : new String[] {"1e2", "5.0", "5.", "0x10", " 5", "٥"}) {
      assertThat(RULES.validate("listOffers", Map.of("talent_id", TALENT, "page_size", pageSize)))
          .as(pageSize)
          .singleElement()
          .hasToString("page_size: must be of type integer, was \"" + pageSize + "\"");
    }
    for (String pageSize : new String[] {"5", "+5", "0200"}) {
      assertThat(RULES.validate("listOffers", Map.of("talent_id", TALENT, "page_size", pageSize)))
          .as(pageSize)
          .isEmpty();
    }
  }
}
