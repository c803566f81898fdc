package io.depin.core.merkle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hex;
import io.depin.core.hash.internal.Keccak256;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * What the leaf encoder adds to web3j's ABI encoder, which writes the bytes: value parsing (every
 * accepted Java form of a value encodes alike), strictness web3j lacks (hex digits, unpaired
 * surrogates), and messages that point into nested arrays and tuples. The encodings themselves are
 * checked against OpenZeppelin's own output in OzGeneratedVectorsTest.
 */
class LeafEncoderTest {
  private static final LeafEncoder MIXED = LeafEncoder.of(List.of(
      "address", "uint256", "int64", "uint32", "bool", "bytes7", "int256", "string", "bytes", "uint256[]", "string[]"));

  @Property(tries = 300)
  void encode_stringForms_equalTypedValues(
      @ForAll @Size(20) byte[] address,
      @ForAll @Size(32) byte[] uint,
      @ForAll long int64,
      @ForAll int uint32Bits,
      @ForAll boolean flag,
      @ForAll @Size(7) byte[] b7,
      @ForAll @Size(32) byte[] int256,
      @ForAll String text,
      @ForAll @Size(max = 70) byte[] bytes,
      @ForAll @Size(max = 4) List<@Size(32) byte[]> uints,
      @ForAll @Size(max = 3) List<@Size(max = 40) String> texts) {
    String safeText = text.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    List<BigInteger> uintValues = uints.stream().map(b -> new BigInteger(1, b)).toList();
    List<String> textValues = texts.stream().map(t -> t.replaceAll("[\\uD800-\\uDFFF]", "")).toList();
    List<Object> row = List.of(Bytes.of(address), new BigInteger(1, uint), int64,
        Integer.toUnsignedLong(uint32Bits), flag, Bytes.of(b7), new BigInteger(int256), safeText,
        Bytes.of(bytes), uintValues, textValues);
    List<Object> asStrings = List.of(Bytes.of(address).toPrefixedHex(), new BigInteger(1, uint).toString(),
        Long.toString(int64), "0x" + Long.toHexString(Integer.toUnsignedLong(uint32Bits)), Boolean.toString(flag),
        Bytes.of(b7).toPrefixedHex(), new BigInteger(int256).toString(), safeText, Bytes.of(bytes).toPrefixedHex(),
        uintValues.stream().map(BigInteger::toString).toList(), textValues);
    byte[] encoding = MIXED.encode(row);
    assertThat(MIXED.encode(asStrings)).isEqualTo(encoding);
    // The third head word is the int64, sign-extended to 32 bytes.
    byte[] int64Word = new byte[32];
    Arrays.fill(int64Word, 0, 24, (byte) (int64 < 0 ? 0xFF : 0));
    for (int i = 0; i < 8; i++) {
      int64Word[31 - i] = (byte) (int64 >>> (8 * i));
    }
    assertThat(Arrays.copyOfRange(encoding, 64, 96)).isEqualTo(int64Word);
  }

  private static final LeafEncoder STATIC_SCALARS = LeafEncoder.of(List.of(
      "address", "uint256", "int64", "uint8", "bool", "bytes7", "int256", "function", "bytes32"));

  /** The per-column path for static scalars and the parameter-list path agree. */
  @Property(tries = 300)
  void leafHash_staticScalars_equalsHashOfEncode(
      @ForAll @Size(20) byte[] address,
      @ForAll @Size(32) byte[] uint,
      @ForAll long int64,
      @ForAll @IntRange(min = 0, max = 255) int uint8,
      @ForAll boolean flag,
      @ForAll @Size(7) byte[] b7,
      @ForAll @Size(32) byte[] int256,
      @ForAll @Size(24) byte[] function,
      @ForAll @Size(32) byte[] b32) {
    List<Object> row = List.of(Bytes.of(address).toPrefixedHex(), new BigInteger(1, uint), int64, uint8, flag,
        Bytes.of(b7), new BigInteger(int256), Bytes.of(function), Bytes.of(b32).toPrefixedHex());
    byte[] encoding = STATIC_SCALARS.encode(row);
    byte[] expected = new byte[32];
    new Keccak256().hashTwice(encoding, 0, encoding.length, expected, 0);
    byte[] got = new byte[32];
    STATIC_SCALARS.leafHash(row, new LeafEncoder.Scratch(), got, 0);
    assertThat(encoding).hasSize(9 * 32);
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void leafHash_staticScalarOutOfRange_messageGivesColumn() {
    byte[] out = new byte[32];
    assertThatThrownBy(() -> STATIC_SCALARS.leafHash(
            List.of("0x" + "00".repeat(20), 1, 2, 256, true, "0x" + "00".repeat(7), 0, "0x" + "00".repeat(24), "0x" + "00".repeat(32)),
            new LeafEncoder.Scratch(), out, 0))
        .hasMessage("column 4: value 256 is out of range for uint8 (0 to 2^8-1)");
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

  @Test
  void encode_badElementDeepInside_messageGivesColumnAndPath() {
    LeafEncoder encoder = LeafEncoder.of(List.of("bool", "(uint8,string)[]"));
    assertThatThrownBy(() -> encoder.encode(List.of(true, List.of(List.of(1, "a"), List.of(256, "b")))))
        .hasMessage("column 2 element [1][0]: value 256 is out of range for uint8 (0 to 2^8-1)");
    assertThatThrownBy(() -> encoder.encode(List.of(true, List.of(List.of(1)))))
        .hasMessage("column 2 element [0]: (uint8,string) value must have 2 elements, not 1");
    assertThatThrownBy(() -> encoder.encode(List.of(true, "x")))
        .hasMessage("column 2: (uint8,string)[] value must be a List, not a String");
  }

  @Test
  void encode_unpairedSurrogate_throws() {
    LeafEncoder encoder = LeafEncoder.of(List.of("string"));
    assertThatThrownBy(() -> encoder.encode(List.of("a\uD800b")))
        .hasMessageContaining("unpaired surrogate");
  }

  @Test
  void of_badTypes_throwNamingColumnAndReason() {
    assertThatThrownBy(() -> LeafEncoder.of(List.of("uint256", "tuple(address,uint256)")))
        .hasMessageStartingWith("leaf encoding column 2: unsupported Solidity type 'tuple(address,uint256)'");
    assertThatThrownBy(() -> LeafEncoder.of(List.of("uint256[0]")))
        .hasMessageContaining("array length");
    assertThatThrownBy(() -> LeafEncoder.of(List.of("(uint256,,bool)")))
        .hasMessageContaining("component is empty");
    assertThatThrownBy(() -> LeafEncoder.of(List.of("uint256" + "[]".repeat(40))))
        .hasMessageContaining("deeper than 32");
    assertThatThrownBy(() -> LeafEncoder.of(List.of("uint256[9999999][9999999]")))
        .hasMessageContaining("too large");
  }

  @Test
  void encode_staticArraysAndTuples_inline() {
    // abi.encode(uint8[2](1, 2), (bool, uint8)(true, 3)): four words, no offsets.
    byte[] got = LeafEncoder.of(List.of("uint8[2]", "(bool,uint8)")).encode(List.of(List.of(1, 2), List.of(true, 3)));
    assertThat(Hex.encode(got)).isEqualTo(
        "0".repeat(63) + "1" + "0".repeat(63) + "2" + "0".repeat(63) + "1" + "0".repeat(63) + "3");
  }
}
