package io.depin.core.merkle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The fast static-type path must write exactly what web3j's ABI encoder writes. */
class LeafEncoderTest {
  private static final LeafEncoder STATIC =
      LeafEncoder.of(List.of("address", "uint256", "int64", "uint32", "bool", "bytes7", "int256"));

  @Property(tries = 500)
  void encode_staticTypes_equalsWeb3j(
      @ForAll @Size(20) byte[] address,
      @ForAll @Size(32) byte[] uint,
      @ForAll long int64,
      @ForAll int uint32Bits,
      @ForAll boolean flag,
      @ForAll @Size(7) byte[] b7,
      @ForAll @Size(32) byte[] int256) {
    List<Object> row = List.of(Bytes.of(address), new BigInteger(1, uint), int64,
        Integer.toUnsignedLong(uint32Bits), flag, Bytes.of(b7), new BigInteger(int256));
    assertThat(STATIC.encode(row)).isEqualTo(STATIC.encodeWithWeb3j(row));
    List<Object> asStrings = List.of(Bytes.of(address).toPrefixedHex(), new BigInteger(1, uint).toString(),
        Long.toString(int64), "0x" + Long.toHexString(Integer.toUnsignedLong(uint32Bits)), flag,
        Bytes.of(b7).toPrefixedHex(), new BigInteger(int256).toString());
    assertThat(STATIC.encode(asStrings)).isEqualTo(STATIC.encode(row));
  }

  @Property(tries = 300)
  void encode_addressInOneCase_equalsBytes(@ForAll @Size(20) byte[] address) {
    LeafEncoder encoder = LeafEncoder.of(List.of("address"));
    String lower = Bytes.of(address).toPrefixedHex();
    String upper = "0x" + lower.substring(2).toUpperCase(java.util.Locale.ROOT);
    byte[] expected = encoder.encode(List.of(Bytes.of(address)));
    assertThat(encoder.encode(List.of(lower))).isEqualTo(expected);
    assertThat(encoder.encode(List.of(upper))).isEqualTo(expected);
  }

  /** Includes characters whose low 7 bits are a hex digit (U+0130, U+00E1, U+0146). */
  @Property(tries = 300)
  void encode_addressWithOneNonHexCharacter_throws(
      @ForAll @Size(20) byte[] address,
      @ForAll @IntRange(min = 0, max = 39) int position,
      @ForAll @IntRange(min = 0, max = 10) int which) {
    char bad = "gGx /:@`\u0130\u00e1\u0146".charAt(which);
    StringBuilder s = new StringBuilder(Bytes.of(address).toPrefixedHex());
    s.setCharAt(2 + position, bad);
    LeafEncoder encoder = LeafEncoder.of(List.of("address"));
    assertThatThrownBy(() -> encoder.encode(List.of(s.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("40 hex digits");
  }
}
