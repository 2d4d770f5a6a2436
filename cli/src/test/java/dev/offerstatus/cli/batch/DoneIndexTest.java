package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoneIndexTest {
  @Test
  void linesAreFoundInAnyOrderAndTheLastRecordOfALineWins() {
    DoneIndex index = new DoneIndex();
    index.put(9, 900);
    index.put(3, 300);
    index.put(9, 901);
    index.put(1, 100);
    index.seal();

    assertThat(index.size()).isEqualTo(3);
    assertThat(index.offsetOf(1)).isEqualTo(100);
    assertThat(index.offsetOf(3)).isEqualTo(300);
    assertThat(index.offsetOf(9)).isEqualTo(901);
    assertThat(index.offsetOf(2)).isEqualTo(-1);
  }

  @Test
  void anEmptyIndexFindsNothing() {
    DoneIndex index = new DoneIndex();
    index.seal();

    assertThat(index.size()).isZero();
    assertThat(index.offsetOf(1)).isEqualTo(-1);
  }
}
