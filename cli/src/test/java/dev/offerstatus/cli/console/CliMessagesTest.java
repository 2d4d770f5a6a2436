package dev.offerstatus.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CliMessagesTest {
  @Test
  void everyMessageExistsInEnglishAndChinese() throws IOException {
    Properties en = load("/dev/offerstatus/cli/console/CliMessages.properties");
    Properties zh = load("/dev/offerstatus/cli/console/CliMessages_zh_CN.properties");

    assertThat(en).isNotEmpty();
    assertThat(zh.keySet()).isEqualTo(en.keySet());
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CliMessagesTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void anyChineseLocaleSpeaksChineseAndEverythingElseEnglish() {
    assertThat(CliMessages.forLocale(Locale.TRADITIONAL_CHINESE).get("reason.noSuchFile"))
        .isEqualTo("文件不存在");
    assertThat(CliMessages.forLocale(Locale.GERMANY).get("reason.noSuchFile"))
        .isEqualTo("no such file");
    assertThat(CliMessages.forLocale(Locale.GERMANY).locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void numbersAreFilledInAsPlainText() {
    assertThat(CliMessages.forLocale(Locale.ENGLISH).get("rate.range", 1002067, 50, "x"))
        .isEqualTo(
            "--rate must be between 1 and 50 (the x-rate-limit per second of x), got 1002067");
  }
}
