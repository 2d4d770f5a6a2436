package dev.offerstatus.spec;

/**
 * An operation's {@code x-pagination}: how to walk its pages. Paths are dotted, from the response
 * body.
 *
 * @param pageTokenParameter {@code page-token-parameter}: the query parameter of the page token
 * @param pageSizeParameter {@code page-size-parameter}: the query parameter of the page size
 * @param hasMore {@code has-more}: where the body says more pages follow
 * @param nextPageToken {@code next-page-token}: where the body gives the next page's token
 * @param items {@code items}: where the body lists the page's items
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record Pagination(
    String pageTokenParameter,
    String pageSizeParameter,
    String hasMore,
    String nextPageToken,
    String items,
    String pointer,
    int line) {}
