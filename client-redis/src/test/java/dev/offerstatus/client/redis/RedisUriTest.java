package dev.offerstatus.client.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisUriTest {
  private static final String SHAPE =
      " is not redis://[[user]:password@]host[:port][/db] (or rediss:// for TLS): ";
  private static final String ENCODE =
      "; write it percent-encoded (# as %23, / as %2F, ? as %3F, @ as %40, % as %25, space as %20)";

  @Test
  void readsEveryPartAndDecodesPercentEscapes() {
    RedisUri uri = RedisUri.parse("redis://app:s%40cret%23@redis.internal:6380/2");

    assertThat(uri.tls()).isFalse();
    assertThat(uri.user()).isEqualTo("app");
    assertThat(uri.password()).isEqualTo("s@cret#");
    assertThat(uri.host()).isEqualTo("redis.internal");
    assertThat(uri.port()).isEqualTo(6380);
    assertThat(uri.database()).hasValue(2);
    assertThat(uri).hasToString("redis://app:***@redis.internal:6380/2");
  }

  @Test
  void aUserInfoWithoutColonIsAPasswordAlone() {
    RedisUri uri = RedisUri.parse("rediss://s3cret@[::1]");

    assertThat(uri.tls()).isTrue();
    assertThat(uri.user()).isNull();
    assertThat(uri.password()).isEqualTo("s3cret");
    assertThat(uri.host()).isEqualTo("::1");
    assertThat(uri.port()).isEqualTo(RedisUri.DEFAULT_PORT);
    assertThat(uri.database()).isEmpty();
    assertThat(uri).hasToString("rediss://:***@[::1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "/", "?", "@", " ", "\n"})
  void anUnencodedCharacterInThePasswordIsNamedAndThePasswordNeverShown(String c) {
    String uri = "redis://:Hunter2" + c + "x@localhost:6379";

    assertThatThrownBy(() -> RedisUri.parse(uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Redis URI redis://:***@localhost:6379"
                + SHAPE
                + "the password holds a character a URI must percent-encode there (one of # / ? @"
                + " [ ] \" < > \\ ^ ` { | }, a space or a control character)"
                + ENCODE);
    assertThatThrownBy(() -> RedisRateLimiterFactory.builder(uri))
        .hasMessageContaining("redis://:***@localhost:6379")
        .hasMessageNotContaining("Hunter2");
  }

  @Test
  void theReadmeShowsTheMessageOfAnUnencodedCharacter() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RedisUri.parse("redis://:Hunter2#x@localhost:6379"))
        .satisfies(e -> assertThat(readme).contains("\n" + e.getMessage() + "\n"));
  }

  @Test
  void eachOtherPartThatIsWrongIsNamed() {
    assertRefused(
        "redis://app:Hunter2@localhost:63a9",
        "Redis URI redis://app:***@localhost:63a9"
            + SHAPE
            + "the port \"63a9\" is not a number from 1 to 65535");
    assertRefused(
        "redis://:Hunter2@:6379", "Redis URI redis://:***@:6379" + SHAPE + "the host is missing");
    assertRefused(
        "redis://:Hunter2@local host",
        "Redis URI redis://:***@local host"
            + SHAPE
            + "the host \"local host\" is not a host name or an IP address");
    assertRefused(
        "redis://:Hunter2@host/db1",
        "Redis URI redis://:***@host/db1"
            + SHAPE
            + "the path \"/db1\" is not a database index (\"/\" and a number: /0, /1, ...)");
    assertRefused(
        "redis://:Hunter2@host:6379?timeout=5",
        "Redis URI redis://:***@host:6379?***"
            + SHAPE
            + "it has a query (after \"?\", not shown), and this client reads no options from the"
            + " URI");
    assertRefused(
        "redis://host:6379#Hunter2",
        "Redis URI redis://host:6379#***"
            + SHAPE
            + "it has a fragment (after \"#\", not shown), which a Redis URI has no use for");
    assertRefused(
        "redis://:50%off-Hunter2@host",
        "Redis URI redis://:***@host"
            + SHAPE
            + "the password holds a \"%\" that does not start a percent escape (%XX)"
            + ENCODE);
    assertRefused(
        "redis://:%ff%feHunter2@host",
        "Redis URI redis://:***@host" + SHAPE + "the password decodes to bytes that are not UTF-8");
    assertRefused(
        "redis://ap{p:Hunter2@host",
        "Redis URI redis://ap{p:***@host"
            + SHAPE
            + "the user name \"ap{p\" holds a character a URI must percent-encode there (one of # /"
            + " ? @ [ ] \" < > \\ ^ ` { | }, a space or a control character)"
            + ENCODE);
    assertRefused(
        "http://u:Hunter2@host:6379",
        "Redis URI http://u:***@host:6379" + SHAPE + "the scheme \"http\" is not redis or rediss");
    assertRefused(
        ":Hunter2#x@localhost:6379",
        "Redis URI (25 characters, not shown) does not start with a scheme and \"://\": write"
            + " redis://[[user]:password@]host[:port][/db] (or rediss:// for TLS)");
  }

  @Property(tries = 500)
  void noPasswordWhateverItHoldsReachesAMessageOrTheRedactedForm(
      @ForAll @StringLength(min = 1, max = 30) String middle) {
    String password = "Pw" + middle + "Zq";
    String uri = "redis://:" + password + "@localhost:6379";

    assertThat(RedisUris.redact(uri)).isEqualTo("redis://:***@localhost:6379");
    try {
      RedisUri parsed = RedisUri.parse(uri);
      if (!middle.contains("%")) {
        assertThat(parsed.password()).isEqualTo(password);
      }
      assertThat(parsed.toString()).doesNotContain(password);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).doesNotContain(password).doesNotContain("Pw");
    }
  }

  private static void assertRefused(String uri, String message) {
    assertThatThrownBy(() -> RedisUri.parse(uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
