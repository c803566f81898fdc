package io.depin.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void of_copiesInputAndOutput() {
    byte[] source = {1, 2, 3};
    Bytes bytes = Bytes.of(source);
    source[0] = 9;
    byte[] out = bytes.toByteArray();
    out[1] = 9;
    assertThat(bytes.toByteArray()).containsExactly(1, 2, 3);
  }

  @Test
  void toString_isPrefixedLowercaseHex() {
    assertThat(Bytes.fromHex("0A0b").toString()).isEqualTo("0x0a0b");
    assertThat(Bytes.empty().toString()).isEqualTo("0x");
  }

  @Test
  void compareTo_isUnsigned() {
    assertThat(Bytes.of((byte) 0x80).compareTo(Bytes.of((byte) 0x7f))).isPositive();
    assertThat(Bytes.of((byte) 1).compareTo(Bytes.of((byte) 1, (byte) 0))).isNegative();
  }

  @Test
  void sliceAndConcat_composeBack() {
    Bytes all = Bytes.fromHex("00112233445566");
    assertThat(all.slice(0, 3).concat(all.slice(3, 5), all.slice(5, 7))).isEqualTo(all);
    assertThatThrownBy(() -> all.slice(5, 3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Property
  void equals_matchesArrayEquality(@ForAll byte[] a, @ForAll byte[] b) {
    assertThat(Bytes.of(a).equals(Bytes.of(b))).isEqualTo(Arrays.equals(a, b));
    assertThat(Bytes.of(a)).isEqualTo(Bytes.of(a.clone())).hasSameHashCodeAs(Bytes.of(a.clone()));
  }

  @Test
  void hash32_requiresExactly32Bytes() {
    assertThatThrownBy(() -> Hash32.of(new byte[31])).isInstanceOf(DecodingException.class);
    assertThatThrownBy(() -> Hash32.fromHex("00".repeat(33))).isInstanceOf(DecodingException.class);
    assertThat(Hash32.fromHex("0x" + "00".repeat(32))).isEqualTo(Hash32.ZERO);
  }
}
