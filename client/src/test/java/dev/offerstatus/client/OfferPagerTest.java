package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.sdk.model.OfferListInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lazy page walk, over pages from a map of token to page. */
class OfferPagerTest {
  private final List<String> fetched = new ArrayList<>();

  private static ListedOffer offer(String id) {
    return new ListedOffer(new OfferListInfo().id(id), new OfferStatusCode(11));
  }

  private OfferPager.PageSource pages(Map<String, OfferPage> byToken) {
    return token -> {
      String key = token == null ? "" : token;
      fetched.add(key);
      if (fetched.size() > 10) {
        throw new AssertionError("walked more than 10 pages: " + fetched);
      }
      return byToken.get(key);
    };
  }

  @Test
  void followsEveryPageTokenInOrderAndStopsWhenHasMoreIsFalse() {
    OfferPager.PageSource source =
        pages(
            Map.of(
                "", new OfferPage(List.of(offer("a"), offer("b")), true, "t1", "log1"),
                "t1", new OfferPage(List.of(), true, "t2", "log2"),
                "t2", new OfferPage(List.of(offer("c")), false, null, "log3")));

    List<String> ids = OfferPager.stream(source, null, "list").map(o -> o.info().getId()).toList();

    assertThat(ids).containsExactly("a", "b", "c");
    assertThat(fetched).containsExactly("", "t1", "t2");
  }

  @Test
  void fetchesNothingUntilUsedAndNoFurtherPageThanNeeded() {
    OfferPager.PageSource source =
        pages(
            Map.of(
                "", new OfferPage(List.of(offer("a"), offer("b")), true, "t1", null),
                "t1", new OfferPage(List.of(offer("c")), false, null, null)));

    var stream = OfferPager.stream(source, null, "list");
    assertThat(fetched).isEmpty();
    assertThat(stream.limit(2).map(o -> o.info().getId()).collect(Collectors.joining()))
        .isEqualTo("ab");
    assertThat(fetched).containsExactly("");
  }

  @Test
  void startsFromTheGivenToken() {
    OfferPager.PageSource source =
        pages(Map.of("t1", new OfferPage(List.of(offer("c")), false, null, null)));

    assertThat(OfferPager.stream(source, "t1", "list").count()).isEqualTo(1);
    assertThat(fetched).containsExactly("t1");
  }

  @Test
  void aPageThatRepeatsItsOwnTokenIsReportedNotFollowedForever() {
    OfferPager.PageSource source =
        pages(
            Map.of(
                "", new OfferPage(List.of(offer("a")), true, "t1", null),
                "t1", new OfferPage(List.of(offer("b")), true, "t1", "log-loop")));

    assertThatThrownBy(() -> OfferPager.stream(source, null, "GET listOffers").count())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "GET listOffers: page 2 names \"t1\" as the next page_token, the token of page 2 of"
                + " this walk; stopped instead of listing pages again (log id log-loop)");
  }

  @Test
  void tokensThatCycleThroughSeveralPagesStopTheWalkAtTheFirstRepeat() {
    OfferPager.PageSource source =
        pages(
            Map.of(
                "", new OfferPage(List.of(offer("a")), true, "A", "log1"),
                "A", new OfferPage(List.of(offer("b")), true, "B", "log2"),
                "B", new OfferPage(List.of(offer("c")), true, "A", "log3")));
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                OfferPager.stream(source, null, "GET listOffers")
                    .forEach(o -> seen.add(o.info().getId())))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "GET listOffers: page 3 names \"A\" as the next page_token, the token of page 2 of"
                + " this walk; stopped instead of listing pages again (log id log3)");
    assertThat(seen).containsExactly("a", "b");
    assertThat(fetched).containsExactly("", "A", "B");
  }

  @Test
  void theTokenAWalkStartsFromCountsAsFollowed() {
    OfferPager.PageSource source =
        pages(
            Map.of(
                "t1", new OfferPage(List.of(offer("c")), true, "t2", null),
                "t2", new OfferPage(List.of(offer("d")), true, "t1", null)));

    assertThatThrownBy(() -> OfferPager.stream(source, "t1", "list").count())
        .hasMessage(
            "list: page 2 names \"t1\" as the next page_token, the token of page 1 of this walk;"
                + " stopped instead of listing pages again (no log id)");
  }

  @Test
  void tokensThatDifferOnlyInALoneSurrogateAreNotTakenForTheSame() {
    OfferPager.PageSource source =
        pages(
            Map.of(
                "", new OfferPage(List.of(offer("a")), true, "x\ud800", null),
                "x\ud800", new OfferPage(List.of(offer("b")), true, "x?", null),
                "x?", new OfferPage(List.of(offer("c")), false, null, null)));

    assertThat(OfferPager.stream(source, null, "list").count()).isEqualTo(3);
  }

  @Test
  void aPageWithMoreButNoTokenCannotBeBuilt() {
    assertThatThrownBy(() -> new OfferPage(List.of(), true, "", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("has_more is true but no page_token was given");
  }
}
