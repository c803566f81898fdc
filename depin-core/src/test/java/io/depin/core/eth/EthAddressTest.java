package io.depin.core.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import java.security.SecureRandom;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EthAddressTest {
  private static final String CHECKSUMMED = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

  @Test
  void parse_wrongChecksum_throwsBadChecksum() {
    String broken = CHECKSUMMED.replace("aA", "Aa");
    assertThatThrownBy(() -> EthAddress.parse(broken))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_CHECKSUM));
  }

  @Test
  void parse_allLowerOrAllUpper_isAcceptedWithoutChecksum() {
    EthAddress expected = EthAddress.parse(CHECKSUMMED);
    assertThat(EthAddress.parse(CHECKSUMMED.toLowerCase(Locale.ROOT))).isEqualTo(expected);
    assertThat(EthAddress.parse("0x" + CHECKSUMMED.substring(2).toUpperCase(Locale.ROOT))).isEqualTo(expected);
  }

  @Test
  void parse_malformedText_throwsTypedReason() {
    assertThatThrownBy(() -> EthAddress.parse(CHECKSUMMED.substring(2)))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
    assertThatThrownBy(() -> EthAddress.parse("0X" + CHECKSUMMED.substring(2)))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
    assertThatThrownBy(() -> EthAddress.parse(CHECKSUMMED.substring(0, 41) + "g"))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
    assertThatThrownBy(() -> EthAddress.of(new byte[19])).isInstanceOf(DecodingException.class);
  }

  @Test
  void parse_secondPrefix_throwsInvalidCharacter() {
    // Found by EthAddressFuzzTest: "0x0x" + 38 digits once decoded to 19 bytes.
    assertThatThrownBy(() -> EthAddress.parse("0x0x" + CHECKSUMMED.substring(4)))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
  }

  @Property
  void parse_checksumForm_roundTrips(@ForAll @Size(20) byte[] bytes) {
    EthAddress address = EthAddress.of(bytes);
    assertThat(EthAddress.parse(address.toChecksumHex())).isEqualTo(address);
    assertThat(EthAddress.parse(address.toLowerHex())).isEqualTo(address);
    assertThat(address.toString()).isEqualTo(address.toChecksumHex());
  }

  @Property(tries = 50)
  void recoverAddress_signedDigest_givesSignerAddress(@ForAll @Size(32) byte[] digestBytes, @ForAll long seed)
      throws CryptoException {
    SigningKey key = SigningKey.generate(KeyType.SECP256K1, seeded(seed));
    Hash32 digest = Hash32.of(digestBytes);
    EthSignature sig = EthSignature.sign(key, digest);
    assertThat(sig.v()).isIn(27, 28);
    assertThat(sig.recoverAddress(digest)).isEqualTo(EthAddress.fromPublicKey(key.publicKey()));
    assertThat(EthSignature.of(sig.toByteArray())).isEqualTo(sig);
  }

  @Test
  void recoverAddress_highS_throwsSignatureMalleable() throws Exception {
    SigningKey key = SigningKey.generate(KeyType.SECP256K1, seeded(7));
    Hash32 digest = PersonalMessage.hash(new byte[] {1, 2, 3});
    byte[] rsv = EthSignature.sign(key, digest).toByteArray();
    java.math.BigInteger n =
        new java.math.BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
    java.math.BigInteger s = new java.math.BigInteger(1, java.util.Arrays.copyOfRange(rsv, 32, 64));
    byte[] highS = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, n.subtract(s));
    System.arraycopy(highS, 0, rsv, 32, 32);
    rsv[64] = (byte) (rsv[64] == 27 ? 28 : 27);
    EthSignature malleated = EthSignature.of(rsv);
    assertThatThrownBy(() -> malleated.recoverAddress(digest))
        .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.code()).isEqualTo(CryptoException.Code.SIGNATURE_MALLEABLE));
  }

  @Test
  void of_vOtherThan27Or28_throws() {
    byte[] rsv = new byte[65];
    rsv[64] = 1;
    assertThatThrownBy(() -> EthSignature.of(rsv))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE));
  }

  static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
