package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SigningKeyPropertiesTest {
  @Property(tries = 60)
  void verify_freshSignature_succeeds(@ForAll KeyType type, @ForAll byte[] message, @ForAll long seed)
      throws CryptoException {
    SigningKey key = SigningKey.generate(type, seeded(seed));
    Signature sig = key.sign(message);
    key.publicKey().verify(message, sig);
    assertThat(key.sign(message)).isEqualTo(sig);
  }

  @Property(tries = 60)
  void verify_flippedMessageBit_throws(
      @ForAll KeyType type, @ForAll @Size(min = 1, max = 100) byte[] message,
      @ForAll @IntRange(max = 799) int bit, @ForAll long seed) {
    SigningKey key = SigningKey.generate(type, seeded(seed));
    Signature sig = key.sign(message);
    byte[] tampered = message.clone();
    int index = bit % (message.length * 8);
    tampered[index / 8] ^= (byte) (1 << (index % 8));
    assertThatThrownBy(() -> key.publicKey().verify(tampered, sig)).isInstanceOf(CryptoException.class);
  }

  @Property(tries = 60)
  void verify_flippedSignatureBit_throws(
      @ForAll KeyType type, @ForAll byte[] message, @ForAll @IntRange(max = 511) int bit, @ForAll long seed) {
    SigningKey key = SigningKey.generate(type, seeded(seed));
    byte[] sig = key.sign(message).toByteArray();
    sig[bit / 8] ^= (byte) (1 << (bit % 8));
    Signature tampered = Signature.of(type, sig);
    assertThatThrownBy(() -> key.publicKey().verify(message, tampered, EcdsaPolicy.ACCEPT_HIGH_S))
        .isInstanceOf(CryptoException.class);
  }

  @Property(tries = 40)
  void keyEncodings_roundTrip(@ForAll KeyType type, @ForAll long seed) {
    SigningKey key = SigningKey.generate(type, seeded(seed));
    PublicKey pub = key.publicKey();
    assertThat(PublicKey.fromRaw(type, pub.toRaw())).isEqualTo(pub);
    assertThat(PublicKey.fromSpkiDer(pub.toSpkiDer())).isEqualTo(pub);
    assertThat(PublicKey.fromSpkiPem(pub.toSpkiPem())).isEqualTo(pub);
    if (type.isEcdsa()) {
      assertThat(PublicKey.fromRaw(type, pub.toSec1Uncompressed())).isEqualTo(pub);
      assertThat(PublicKey.fromRaw(type, pub.toSec1Compressed())).isEqualTo(pub);
    }
    byte[] raw = key.exportRaw(SecretAccess.EXPORT);
    assertThat(SigningKey.fromRaw(type, raw).publicKey()).isEqualTo(pub);
    SigningKey fromDer = SigningKey.fromPkcs8Der(key.exportPkcs8Der(SecretAccess.EXPORT));
    SigningKey fromPem = SigningKey.fromPkcs8Pem(key.exportPkcs8Pem(SecretAccess.EXPORT));
    assertThat(fromDer.exportRaw(SecretAccess.EXPORT)).isEqualTo(raw);
    assertThat(fromPem.exportRaw(SecretAccess.EXPORT)).isEqualTo(raw);
    assertThat(fromPem.publicKey()).isEqualTo(pub);
  }

  @Property(tries = 60)
  void signatureEncodings_roundTrip(@ForAll KeyType type, @ForAll byte[] message, @ForAll long seed) {
    Signature sig = SigningKey.generate(type, seeded(seed)).sign(message);
    assertThat(Signature.of(type, sig.toByteArray())).isEqualTo(sig);
    if (type.isEcdsa()) {
      assertThat(Signature.fromDer(type, sig.toDer())).isEqualTo(sig);
    }
  }

  @Property(tries = 30)
  void secrets_neverAppearInToStringOrExceptions(@ForAll KeyType type, @ForAll long seed) {
    SigningKey key = SigningKey.generate(type, seeded(seed));
    String secretHex = Hex.encode(key.exportRaw(SecretAccess.EXPORT));
    assertThat(key.toString()).doesNotContain(secretHex).contains("redacted");
    SigningKey other = SigningKey.generate(type, seeded(seed + 1));
    byte[] mismatched = spliceForeignPublicKey(key, other);
    if (mismatched.length > 0) {
      assertThatThrownBy(() -> SigningKey.fromPkcs8Der(mismatched))
          .isInstanceOf(DecodingException.class)
          .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(secretHex));
    }
    byte[] truncated = java.util.Arrays.copyOf(key.exportPkcs8Der(SecretAccess.EXPORT), 40);
    assertThatThrownBy(() -> SigningKey.fromPkcs8Der(truncated))
        .isInstanceOf(DecodingException.class)
        .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(secretHex));
  }

  @Property(tries = 10)
  void verify_signatureOfOtherKeyType_throwsKeyTypeMismatch(@ForAll long seed) {
    SigningKey p256 = SigningKey.generate(KeyType.P256, seeded(seed));
    Signature sig = Signature.of(KeyType.SECP256K1, p256.sign(new byte[] {1}).toByteArray());
    assertThatThrownBy(() -> p256.publicKey().verify(new byte[] {1}, sig))
        .isInstanceOfSatisfying(
            CryptoException.class, e -> assertThat(e.code()).isEqualTo(CryptoException.Code.KEY_TYPE_MISMATCH));
  }

  /** Returns key's PKCS#8 with other's public key in the ECPrivateKey, or nothing for Ed25519. */
  private static byte[] spliceForeignPublicKey(SigningKey key, SigningKey other) {
    if (!key.keyType().isEcdsa()) {
      return new byte[0];
    }
    byte[] der = key.exportPkcs8Der(SecretAccess.EXPORT);
    byte[] foreign = other.publicKey().toSec1Uncompressed();
    System.arraycopy(foreign, 0, der, der.length - foreign.length, foreign.length);
    return der;
  }

  static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
