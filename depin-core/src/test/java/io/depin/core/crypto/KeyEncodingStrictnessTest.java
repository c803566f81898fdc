package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.internal.Der;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/** Strictness of the SPKI, PKCS#8 and SEC1 decoders for the ECDSA key types. */
class KeyEncodingStrictnessTest {
  private static final byte[] EC_PUBLIC_KEY = Hex.decode("06072a8648ce3d0201");
  private static final byte[] SECP256K1_OID = Hex.decode("06052b8104000a");
  private static final byte[] P256_OID = Hex.decode("06082a8648ce3d030107");

  private static SigningKey key(KeyType type, long seed) {
    SecureRandom random;
    try {
      random = SecureRandom.getInstance("SHA1PRNG");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    random.setSeed(seed);
    return SigningKey.generate(type, random);
  }

  private static byte[] oid(KeyType type) {
    return type == KeyType.SECP256K1 ? SECP256K1_OID : P256_OID;
  }

  private static byte[] otherOid(KeyType type) {
    return type == KeyType.SECP256K1 ? P256_OID : SECP256K1_OID;
  }

  private static byte[] spki(byte[] algorithm, byte[] bitStringContents) {
    return Der.element(0x30, algorithm, Der.element(0x03, bitStringContents));
  }

  private static byte[] withUnusedBitsByte(byte[] point) {
    byte[] out = new byte[point.length + 1];
    System.arraycopy(point, 0, out, 1, point.length);
    return out;
  }

  private static byte[] pkcs8(KeyType type, byte[] ecPrivateKeyContents) {
    return Der.element(
        0x30,
        Hex.decode("020100"),
        Der.element(0x30, EC_PUBLIC_KEY, oid(type)),
        Der.element(0x04, Der.element(0x30, ecPrivateKeyContents)));
  }

  private static void assertReason(Function<byte[], ?> decoder, byte[] input, Reason reason) {
    assertThatThrownBy(() -> decoder.apply(input))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @ParameterizedTest
  @EnumSource(value = KeyType.class, names = "ED25519", mode = Mode.EXCLUDE)
  void fromSpkiDer_eachMalformation_throwsItsReason(KeyType type) {
    PublicKey good = key(type, 1).publicKey();
    byte[] point = good.toSec1Uncompressed();
    byte[] alg = Der.element(0x30, EC_PUBLIC_KEY, oid(type));
    Function<byte[], ?> decode = PublicKey::fromSpkiDer;

    assertThat(PublicKey.fromSpkiDer(spki(alg, withUnusedBitsByte(point)))).isEqualTo(good);
    // Compressed points are allowed in SPKI (RFC 5480) and name the same key.
    assertThat(PublicKey.fromSpkiDer(spki(alg, withUnusedBitsByte(good.toSec1Compressed())))).isEqualTo(good);

    byte[] spki = good.toSpkiDer();
    assertReason(decode, Arrays.copyOf(spki, spki.length + 1), Reason.MALFORMED);
    assertReason(decode, Arrays.copyOf(spki, spki.length - 1), Reason.MALFORMED);
    // Explicit curve parameters (a SEQUENCE instead of the named-curve OID), or an extra NULL.
    assertReason(decode, spki(Der.element(0x30, EC_PUBLIC_KEY, Der.element(0x30, Hex.decode("020101"))),
        withUnusedBitsByte(point)), Reason.UNSUPPORTED_FORMAT);
    assertReason(decode, spki(Der.element(0x30, EC_PUBLIC_KEY, oid(type), Hex.decode("0500")),
        withUnusedBitsByte(point)), Reason.UNSUPPORTED_FORMAT);
    // The other curve's OID: this point is not on that curve.
    assertReason(decode, spki(Der.element(0x30, EC_PUBLIC_KEY, otherOid(type)), withUnusedBitsByte(point)),
        Reason.INVALID_VALUE);
    // A BIT STRING with unused bits, the point at infinity, a hybrid point, an off-curve point.
    byte[] unused = withUnusedBitsByte(point);
    unused[0] = 1;
    assertReason(decode, spki(alg, unused), Reason.MALFORMED);
    assertReason(decode, spki(alg, new byte[] {0, 0}), Reason.WRONG_LENGTH);
    byte[] hybrid = point.clone();
    hybrid[0] = (byte) (6 + (point[64] & 1));
    assertReason(decode, spki(alg, withUnusedBitsByte(hybrid)), Reason.UNSUPPORTED_FORMAT);
    byte[] offCurve = point.clone();
    offCurve[64] ^= 1;
    assertReason(decode, spki(alg, withUnusedBitsByte(offCurve)), Reason.INVALID_VALUE);
    // A coordinate >= p.
    byte[] xTooLarge = new byte[33];
    Arrays.fill(xTooLarge, (byte) 0xff);
    xTooLarge[0] = 2;
    assertReason(decode, spki(alg, withUnusedBitsByte(xTooLarge)), Reason.INVALID_VALUE);
    // A non-minimal DER length.
    byte[] longForm = new byte[spki.length + 1];
    longForm[0] = 0x30;
    longForm[1] = (byte) 0x81;
    longForm[2] = spki[1];
    System.arraycopy(spki, 2, longForm, 3, spki.length - 2);
    assertReason(decode, longForm, Reason.NON_CANONICAL);
  }

  @ParameterizedTest
  @EnumSource(value = KeyType.class, names = "ED25519", mode = Mode.EXCLUDE)
  void fromPkcs8Der_eachMalformation_throwsItsReason(KeyType type) {
    SigningKey good = key(type, 2);
    byte[] scalar = good.exportRaw(SecretAccess.EXPORT);
    byte[] version = Hex.decode("020101");
    byte[] secret = Der.element(0x04, scalar);
    byte[] params = Der.element(0xa0, oid(type));
    byte[] pub = Der.element(0xa1, Der.element(0x03, withUnusedBitsByte(good.publicKey().toSec1Uncompressed())));
    Function<byte[], ?> decode = SigningKey::fromPkcs8Der;

    // Optional parameters and public key, each present or absent.
    for (byte[] der : new byte[][] {
        pkcs8(type, concat(version, secret)),
        pkcs8(type, concat(version, secret, params)),
        pkcs8(type, concat(version, secret, pub)),
        pkcs8(type, concat(version, secret, params, pub))}) {
      assertThat(SigningKey.fromPkcs8Der(der).publicKey()).isEqualTo(good.publicKey());
    }

    assertReason(decode, pkcs8(type, concat(version, secret, Der.element(0xa0, otherOid(type)))),
        Reason.UNSUPPORTED_FORMAT);
    byte[] otherPub = Der.element(0xa1, Der.element(0x03,
        withUnusedBitsByte(key(type, 3).publicKey().toSec1Uncompressed())));
    assertReason(decode, pkcs8(type, concat(version, secret, otherPub)), Reason.INVALID_VALUE);
    assertReason(decode, pkcs8(type, concat(version, Der.element(0x04, Arrays.copyOf(scalar, 31)))),
        Reason.WRONG_LENGTH);
    assertReason(decode, pkcs8(type, concat(version, Der.element(0x04, new byte[32]))), Reason.INVALID_VALUE);
    byte[] order = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32,
        type == KeyType.SECP256K1
            ? new java.math.BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
            : new java.math.BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16));
    assertReason(decode, pkcs8(type, concat(version, Der.element(0x04, order))), Reason.INVALID_VALUE);
    assertReason(decode, pkcs8(type, concat(Hex.decode("020100"), secret)), Reason.UNSUPPORTED_FORMAT);
    byte[] der = good.exportPkcs8Der(SecretAccess.EXPORT);
    assertReason(decode, Arrays.copyOf(der, der.length + 1), Reason.MALFORMED);
    // PKCS#8 v2 (OneAsymmetricKey, version 1) is not supported.
    byte[] v2 = der.clone();
    v2[v2[1] == (byte) 0x81 ? 5 : 4] = 1;
    assertReason(decode, v2, Reason.UNSUPPORTED_FORMAT);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
