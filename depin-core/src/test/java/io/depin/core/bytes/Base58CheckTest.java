package io.depin.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Base58CheckTest {
  // Source: Bitcoin wiki, "Technical background of version 1 Bitcoin addresses" (the worked
  // example's RIPEMD-160 hash and address); recomputed independently in Python.
  private static final String HASH160 = "010966776006953d5567439e5e39f86a0d273bee";
  private static final String ADDRESS = "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM";

  @Test
  void encode_bitcoinWikiAddress_matches() {
    assertThat(Base58Check.encode(0x00, Hex.decode(HASH160))).isEqualTo(ADDRESS);
    assertThat(Base58Check.encode(Hex.decode("00" + HASH160))).isEqualTo(ADDRESS);
  }

  @Test
  void decode_bitcoinWikiAddress_returnsVersionAndHash() {
    assertThat(Hex.encode(Base58Check.decode(ADDRESS))).isEqualTo("00" + HASH160);
  }

  @Test
  void decode_changedCharacter_throwsBadChecksum() {
    String tampered = ADDRESS.substring(0, 10) + 'X' + ADDRESS.substring(11);
    assertThatThrownBy(() -> Base58Check.decode(tampered))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_CHECKSUM));
  }

  @Test
  void decode_shorterThanChecksum_throwsWrongLength() {
    assertThatThrownBy(() -> Base58Check.decode(Base58.encode(new byte[] {1, 2, 3})))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
  }

  @Test
  void decode_invalidCharacterOrTooLong_throwsFromBase58() {
    assertThatThrownBy(() -> Base58Check.decode("0" + ADDRESS))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
    assertThatThrownBy(() -> Base58Check.decode(ADDRESS, 10))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @Test
  void encode_versionOutOfRange_throwsIllegalArgument() {
    assertThatThrownBy(() -> Base58Check.encode(256, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(DecodingException.class);
  }

  @Property
  void encodeThenDecode_roundTrips(@ForAll byte[] data) {
    assertThat(Base58Check.decode(Base58Check.encode(data), Integer.MAX_VALUE)).isEqualTo(data);
  }

  @Property
  void decode_anyFlippedByte_isRejected(
      @ForAll byte[] data, @ForAll @IntRange(min = 0, max = 1000) int where, @ForAll @IntRange(min = 1, max = 255) int mask) {
    byte[] raw = Base58.decode(Base58Check.encode(data), Integer.MAX_VALUE);
    raw[where % raw.length] ^= (byte) mask;
    assertThatThrownBy(() -> Base58Check.decode(Base58.encode(raw), Integer.MAX_VALUE))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_CHECKSUM));
  }

  @Property
  void decode_anyString_returnsOrThrowsDecodingException(@ForAll String text) {
    try {
      byte[] data = Base58Check.decode(text);
      assertThat(Base58Check.encode(data)).isEqualTo(text);
    } catch (DecodingException e) {
      assertThat(e.reason())
          .isIn(Reason.TOO_LONG, Reason.INVALID_CHARACTER, Reason.WRONG_LENGTH, Reason.BAD_CHECKSUM);
    }
  }
}
