package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The array, string and number keywords on generated bodies, against a plain oracle written here
 * from the fixture spec's bounds (ids: 1..3 items of digits; code: 2..4 capitals; count: 0..100;
 * small: int32).
 */
class KeywordPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Body(List<String> ids, String code, long count, long small) {
    String json() throws Exception {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 2);
      body.put("ids", ids);
      body.put("code", code);
      body.put("count", count);
      body.put("small", small);
      return JSON.writeValueAsString(body);
    }
  }

  @Provide
  Arbitrary<Body> bodies() {
    Arbitrary<String> id =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(2));
    return Combinators.combine(
            id.list().ofMinSize(0).ofMaxSize(60),
            Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(6),
            Arbitraries.longs().between(-5, 105),
            Arbitraries.longs()
                .between(Integer.MIN_VALUE - 5L, Integer.MAX_VALUE + 5L)
                .edgeCases(c -> c.add((long) Integer.MAX_VALUE + 1)))
        .as(Body::new);
  }

  private static Set<String> oracle(Body body) {
    Set<String> out = new TreeSet<>();
    if (body.ids().isEmpty()) {
      out.add("ids|minItems");
    }
    if (body.ids().size() > 3) {
      out.add("ids|maxItems");
    }
    for (int i = 0; i < body.ids().size(); i++) {
      if (!body.ids().get(i).chars().allMatch(c -> c >= '0' && c <= '9')) {
        out.add("ids[" + i + "]|pattern");
      }
    }
    String code = body.code();
    if (code.length() < 2) {
      out.add("code|minLength");
    }
    if (code.length() > 4) {
      out.add("code|maxLength");
    }
    if (code.isEmpty() || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      out.add("code|pattern");
    }
    if (body.count() < 0) {
      out.add("count|minimum");
    }
    if (body.count() > 100) {
      out.add("count|maximum");
    }
    if (body.small() < Integer.MIN_VALUE || body.small() > Integer.MAX_VALUE) {
      out.add("small|format");
    }
    return out;
  }

  @Property(tries = 1_000)
  void theRawVerdictIsTheOracles(@ForAll("bodies") Body body) throws Exception {
    Set<String> got = new TreeSet<>();
    for (Violation v :
        SchemaKeywordTest.RULES.validateJson(
            SchemaKeywordTest.PATCH, SchemaKeywordTest.THING, body.json())) {
      got.add(v.path() + "|" + v.rule());
    }
    assertThat(got).as(body.json()).isEqualTo(oracle(body));
  }
}
