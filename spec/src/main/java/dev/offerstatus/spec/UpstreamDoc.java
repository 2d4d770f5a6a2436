package dev.offerstatus.spec;

/**
 * An operation's {@code x-upstream-doc}: the page it was written from.
 *
 * @param sourceUrl {@code source_url}
 * @param lastRemoteUpdate {@code last_remote_update}, as written ({@code 2024-07-11})
 * @param snapshot {@code snapshot}: the vendored copy, relative to the spec
 * @param pointer where it is declared ({@code .../x-upstream-doc})
 * @param line its YAML line, or 0 when unknown
 */
public record UpstreamDoc(
    String sourceUrl, String lastRemoteUpdate, String snapshot, String pointer, int line) {}
