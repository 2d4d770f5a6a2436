package dev.offerstatus.spec;

/**
 * One entry of {@code x-error-codes} or {@code x-platform-error-codes}.
 *
 * @param code the {@code code} of the answer
 * @param httpStatus the HTTP status it arrives with
 * @param kind what it means to a caller (any kind; {@link ErrorKind#isHandled()} tells the ones the
 *     runtime handles specially)
 * @param description its description (for platform codes, the generic page's wording), or empty
 * @param advice what to do about it, or empty
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record DeclaredErrorCode(
    int code,
    int httpStatus,
    ErrorKind kind,
    String description,
    String advice,
    String pointer,
    int line) {}
