package dev.offerstatus.spec;

/**
 * The names of the headers a rate-limited answer carries, as the spec's responses name the headers
 * that refer to {@code #/components/headers/RateLimitLimit} and {@code RateLimitReset}.
 *
 * @param limit the header with the limit that was exceeded (requests per window)
 * @param reset the header with the seconds until the window resets
 */
public record RateLimitHeaders(String limit, String reset) {}
