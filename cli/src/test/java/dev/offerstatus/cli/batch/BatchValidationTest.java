package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.request.Contract;
import dev.offerstatus.cli.request.OperationChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchValidationTest {
  private static final CliMessages EN = CliMessages.forLocale(Locale.ENGLISH);

  @TempDir Path dir;

  @Test
  void aListedProblemQuotesAtMost2000CharactersOfItsMessage() throws IOException {
    // A row may hold a million characters and a problem may quote the value: a thousand listed
    // problems must not hold a thousand copies of it.
    String value = "{\"x\":\"" + "y".repeat(5000) + "\"}";
    Path file =
        Files.writeString(
            dir.resolve("f.jsonl"),
            "{\"offer_id\":" + value + ",\"operation\":\"cancel_onboarding\"}\n");

    BatchValidation checked =
        BatchValidation.check(
            file,
            BatchFile.Format.auto,
            EN,
            Contract.shipped(),
            OperationChoice.of(Contract.shipped().model(), null, EN),
            false,
            null);

    assertThat(checked.valid()).isFalse();
    assertThat(checked.listed())
        .allSatisfy(
            bad ->
                assertThat(bad.message())
                    .hasSizeLessThanOrEqualTo(BatchValidation.MAX_MESSAGE_CHARS + 20));
    assertThat(checked.listed())
        .singleElement()
        .satisfies(
            bad ->
                assertThat(bad.message())
                    .startsWith("\"offer_id\" must be a string or null, got {\"x\":\"yyy")
                    .endsWith("yyy...(5049 characters)"));
  }
}
