package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.bytes.Hex;
import io.depin.core.hash.HashAlgorithm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicKeyTest {
  private static final BigInteger SECP256K1_N =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

  /** RFC 6979 §A.2.5, P-256 with SHA-256, message "sample". */
  @Test
  void sign_p256Rfc6979SampleVector_matchesExactly() throws CryptoException {
    SigningKey key =
        SigningKey.fromRaw(
            KeyType.P256, Hex.decode("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"));
    byte[] message = "sample".getBytes(StandardCharsets.US_ASCII);
    Signature sig = key.sign(message);
    assertThat(Hex.encode(sig.toByteArray()))
        .isEqualToIgnoringCase(
            "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716"
                + "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8");
    key.publicKey().verify(message, sig);
  }

  @Test
  void verifyDigest_highS_rejectedOnlyUnderStrictLowS() throws CryptoException {
    SigningKey key = SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode("01".repeat(32)));
    Hash32 digest = HashAlgorithm.KECCAK_256.hash32("payload".getBytes(StandardCharsets.US_ASCII));
    Signature low = key.signDigest(digest).signature();
    key.publicKey().verifyDigest(digest, low, EcdsaPolicy.STRICT_LOW_S);
    Signature high = Signature.of(KeyType.SECP256K1, withHighS(low.toByteArray()));
    key.publicKey().verifyDigest(digest, high, EcdsaPolicy.ACCEPT_HIGH_S);
    assertThatThrownBy(() -> key.publicKey().verifyDigest(digest, high, EcdsaPolicy.STRICT_LOW_S))
        .isInstanceOfSatisfying(
            CryptoException.class, e -> assertThat(e.code()).isEqualTo(CryptoException.Code.SIGNATURE_MALLEABLE));
    assertThatThrownBy(() -> key.publicKey().verify(new byte[0], low))
        .isInstanceOfSatisfying(
            CryptoException.class, e -> assertThat(e.code()).isEqualTo(CryptoException.Code.INVALID_SIGNATURE));
  }

  @Test
  void verify_zeroR_throwsScalarOutOfRange() {
    SigningKey key = SigningKey.fromRaw(KeyType.P256, Hex.decode("02".repeat(32)));
    byte[] raw = key.sign(new byte[] {1}).toByteArray();
    java.util.Arrays.fill(raw, 0, 32, (byte) 0);
    Signature zeroR = Signature.of(KeyType.P256, raw);
    assertThatThrownBy(() -> key.publicKey().verify(new byte[] {1}, zeroR))
        .isInstanceOfSatisfying(
            CryptoException.class, e -> assertThat(e.code()).isEqualTo(CryptoException.Code.SCALAR_OUT_OF_RANGE));
  }

  @Test
  void fromDer_nonCanonicalEncodings_throwDecodingException() {
    // Long-form length where the short form fits, a redundant leading zero, a negative integer,
    // trailing bytes, and an oversized input.
    String[] bad = {
      "30810602010102010101", "3007020200010201 01".replace(" ", ""), "3006020181020101",
      "300602010102010100", "30" + "00".repeat(80)
    };
    for (String hex : bad) {
      assertThatThrownBy(() -> Signature.fromDer(KeyType.SECP256K1, Hex.decode(hex)))
          .as(hex)
          .isInstanceOf(DecodingException.class);
    }
    assertThatThrownBy(() -> Signature.of(KeyType.ED25519, new byte[65]))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
  }

  @Test
  void fromRaw_invalidPoints_throwDecodingException() {
    assertThatThrownBy(() -> PublicKey.fromRaw(KeyType.P256, Hex.decode("02" + "ff".repeat(32))))
        .isInstanceOf(DecodingException.class);
    assertThatThrownBy(() -> PublicKey.fromRaw(KeyType.SECP256K1, Hex.decode("04" + "00".repeat(64))))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE));
    // The Ed25519 identity point (small order) and a non-canonical y >= p.
    assertThatThrownBy(() -> PublicKey.fromRaw(KeyType.ED25519, Hex.decode("01" + "00".repeat(31))))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE));
    assertThatThrownBy(() -> PublicKey.fromRaw(KeyType.ED25519, Hex.decode("ee" + "ff".repeat(30) + "7f")))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NON_CANONICAL));
  }

  @Test
  void fromRaw_privateScalarOutOfRange_throwsWithoutEchoingIt() {
    byte[] n = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, SECP256K1_N);
    assertThatThrownBy(() -> SigningKey.fromRaw(KeyType.SECP256K1, n))
        .isInstanceOf(DecodingException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Hex.encode(n)));
    assertThatThrownBy(() -> SigningKey.fromRaw(KeyType.SECP256K1, new byte[32]))
        .isInstanceOf(DecodingException.class);
  }

  private static byte[] withHighS(byte[] rs) {
    BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(rs, 32, 64));
    byte[] out = rs.clone();
    System.arraycopy(
        org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, SECP256K1_N.subtract(s)), 0, out, 32, 32);
    return out;
  }
}
