package dev.offerstatus.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.sdk.model.ApplicationOfferBasicInfo;
import dev.offerstatus.sdk.model.ListOffersResponseData;
import org.junit.jupiter.api.Test;

/**
 * A list the caller never set is absent (null), not empty: the generator's {@code
 * containerDefaultToNull} option, so a required-when rule on a list can fire on a model.
 */
class UnsetListTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  @Test
  void anUnsetListIsNullAndIsNotSent() throws Exception {
    ListOffersResponseData data = new ListOffersResponseData().hasMore(false);

    assertThat(data.getItems()).isNull();
    assertThat(new ApplicationOfferBasicInfo().getCustomizeInfoList()).isNull();
    assertThat(MAPPER.writeValueAsString(data)).isEqualTo("{\"has_more\":false}");
  }

  @Test
  void anAddedItemStartsTheList() {
    ListOffersResponseData data =
        new ListOffersResponseData().addItemsItem(new dev.offerstatus.sdk.model.OfferListInfo());

    assertThat(data.getItems()).hasSize(1);
  }
}
