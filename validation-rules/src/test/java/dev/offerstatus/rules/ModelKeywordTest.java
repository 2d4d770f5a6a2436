package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.rules.constraints.RequiredWhen;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A model carrying the Jakarta constraints the generator derives from schema keywords gets the same
 * violations as its JSON: same rule ids, values and messages (the keywords fixture spec).
 */
class ModelKeywordTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  /** Shaped like the generated model of the fixture's {@code Thing} schema. */
  @RequiredWhen
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Thing {
    @NotNull
    @JsonProperty("status")
    public Integer status;

    @Size(min = 2, max = 4)
    @Pattern(regexp = "^[A-Z]+$")
    @JsonProperty("code")
    public String code;

    @Min(0)
    @Max(100)
    @JsonProperty("count")
    public Integer count;

    @Size(min = 1, max = 3)
    @JsonProperty("ids")
    public List<@Pattern(regexp = "^[0-9]+$") String> ids;

    Thing(Integer status, String code, Integer count, List<String> ids) {
      this.status = status;
      this.code = code;
      this.count = count;
      this.ids = ids;
    }
  }

  private static void sameVerdict(Thing thing, Locale locale) throws Exception {
    List<Violation> json =
        SchemaKeywordTest.RULES.validateJson(
            SchemaKeywordTest.PATCH,
            SchemaKeywordTest.THING,
            JSON.writeValueAsString(thing),
            locale);
    assertThat(json).isNotEmpty();
    assertThat(
            SchemaKeywordTest.RULES.validateModel(
                SchemaKeywordTest.PATCH, SchemaKeywordTest.THING, thing, locale))
        .isEqualTo(json);
  }

  @Test
  void listBoundsAndItemPatternsReadAsTheirKeywords() throws Exception {
    Thing tooMany = new Thing(2, null, null, List.of("1", "2", "3", "4"));
    assertThat(
            SchemaKeywordTest.RULES.validateModel(
                SchemaKeywordTest.PATCH, SchemaKeywordTest.THING, tooMany))
        .containsExactly(SchemaKeywordTest.FOUR_IDS);
    sameVerdict(tooMany, Locale.SIMPLIFIED_CHINESE);
    sameVerdict(new Thing(2, null, null, List.of()), Locale.ENGLISH);
    sameVerdict(new Thing(2, null, null, List.of("1", "x")), Locale.ENGLISH);
  }

  @Test
  void stringAndNumberBoundsReadAsTheirKeywords() throws Exception {
    sameVerdict(new Thing(2, "a", -1, null), Locale.ENGLISH);
    sameVerdict(new Thing(2, "ABCDE", 101, null), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void aRequiredWhenRuleOnAnUnsetListFiresOnTheModel() throws Exception {
    sameVerdict(new Thing(8, null, null, null), Locale.ENGLISH);
    assertThat(
            SchemaKeywordTest.RULES.validateModel(
                SchemaKeywordTest.PATCH, SchemaKeywordTest.THING, new Thing(8, null, null, null)))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ids", "ids-required-for-status-8"));
  }

  @Test
  void aModelOfAnotherSchemaOrForAnOperationWithoutBodyIsAProgrammingError() {
    Thing thing = new Thing(2, null, null, null);
    assertThatThrownBy(
            () -> SchemaKeywordTest.RULES.validateModel("createThing", java.util.Map.of(), thing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "createThing takes a body of #/components/schemas/NewThing, got a "
                + Thing.class.getName()
                + ".");
    assertThatThrownBy(
            () -> SchemaKeywordTest.RULES.validateModel("listThings", java.util.Map.of(), thing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listThings takes no request body, got a " + Thing.class.getName() + ".");
  }
}
