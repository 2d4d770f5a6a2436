package dev.offerstatus.client.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedisUrisTest {
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "redis://localhost:6379 => redis://localhost:6379",
        "redis://:s3cret@localhost:6379/2 => redis://:***@localhost:6379/2",
        "redis://app:s3cret@redis.internal => redis://app:***@redis.internal",
        "rediss://s3cret@redis.internal:6380 => rediss://:***@redis.internal:6380",
        "redis://app:s%40cret@host => redis://app:***@host",
        "redis://app:s cret@host => redis://app:***@host",
        // Unencoded # / ? @ in the password: the last '@' ends the user info
        "redis://:Hunter2#x@localhost:6379 => redis://:***@localhost:6379",
        "redis://:Hunter2/x@localhost:6379 => redis://:***@localhost:6379",
        "redis://:Hunter2?x@localhost:6379 => redis://:***@localhost:6379",
        "redis://:Hunter2@x@localhost:6379 => redis://:***@localhost:6379",
        "redis://localhost:6379?password=Hunter2 => redis://localhost:6379?***",
        "redis://localhost:6379#Hunter2 => redis://localhost:6379#***",
        "Hunter2#x => (9 characters, not shown)",
        "http://u:secret@host:6379 => http://u:***@host:6379"
      })
  void thePasswordIsNeverShown(String uri, String shown) {
    assertThat(RedisUris.redact(uri)).isEqualTo(shown);
  }
}
