package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.KeyType;
import java.util.Arrays;

/**
 * SubjectPublicKeyInfo (RFC 5280, RFC 5480, RFC 8410) and PKCS#8 v1 (RFC 5208, RFC 5915, RFC 8410)
 * for the three key types, written and read strictly.
 */
final class KeyEncoding {
  /** The largest key DER accepted, checked before parsing. */
  static final int MAX_DER_BYTES = 512;

  private static final byte[] ED25519_ALG = {0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70};
  private static final byte[] EC_PUBLIC_KEY_OID = {
    0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01
  };
  private static final byte[] VERSION_0 = {0x02, 0x01, 0x00};
  private static final byte[] VERSION_1 = {0x02, 0x01, 0x01};

  private KeyEncoding() {}

  /** A parsed SubjectPublicKeyInfo: key type and the BIT STRING's key bytes. */
  record Spki(KeyType type, byte[] key) {}

  /** A parsed PKCS#8 key: type, 32 secret bytes, and the embedded public key if any. */
  record Pkcs8(KeyType type, byte[] secret, byte[] publicKeyOrEmpty) {}

  static byte[] ed25519Spki(byte[] key) {
    return Der.element(DerReader.SEQUENCE, ED25519_ALG, bitString(key));
  }

  static byte[] ecSpki(EcCurve curve, byte[] uncompressed) {
    return Der.element(DerReader.SEQUENCE, ecAlgorithm(curve), bitString(uncompressed));
  }

  static byte[] ed25519Pkcs8(byte[] seed) {
    return Der.element(
        DerReader.SEQUENCE,
        VERSION_0,
        ED25519_ALG,
        Der.element(DerReader.OCTET_STRING, Der.element(DerReader.OCTET_STRING, seed)));
  }

  static byte[] ecPkcs8(EcCurve curve, byte[] scalar, byte[] uncompressed) {
    byte[] ecPrivateKey =
        Der.element(
            DerReader.SEQUENCE,
            VERSION_1,
            Der.element(DerReader.OCTET_STRING, scalar),
            Der.element(0xa1, bitString(uncompressed)));
    return Der.element(
        DerReader.SEQUENCE,
        VERSION_0,
        ecAlgorithm(curve),
        Der.element(DerReader.OCTET_STRING, ecPrivateKey));
  }

  static Spki parseSpki(byte[] der) {
    DerReader spki = DerReader.single(der, DerReader.SEQUENCE);
    KeyType type = readAlgorithm(spki);
    byte[] key = readBitString(spki);
    spki.expectEnd();
    return new Spki(type, key);
  }

  static Pkcs8 parsePkcs8(byte[] der) {
    if (der.length > MAX_DER_BYTES) {
      throw new DecodingException(Reason.TOO_LONG, "PKCS#8 key is too long");
    }
    DerReader p = DerReader.single(der, DerReader.SEQUENCE);
    p.expectExact(VERSION_0, "PKCS#8 version (only v1 is supported)");
    KeyType type = readAlgorithm(p);
    byte[] inner = p.readContents(DerReader.OCTET_STRING);
    p.expectEnd();
    try {
      if (type == KeyType.ED25519) {
        byte[] seed = DerReader.single(inner, DerReader.OCTET_STRING).remaining();
        return new Pkcs8(type, seed, new byte[0]);
      }
      DerReader ec = DerReader.single(inner, DerReader.SEQUENCE);
      ec.expectExact(VERSION_1, "ECPrivateKey version");
      byte[] scalar = ec.readContents(DerReader.OCTET_STRING);
      if (ec.nextIs(0xa0)) {
        DerReader params = ec.readElement(0xa0);
        params.expectExact(EcCurve.of(type).oid(), "ECPrivateKey curve parameters");
        params.expectEnd();
      }
      byte[] publicKey = new byte[0];
      if (ec.nextIs(0xa1)) {
        DerReader pub = ec.readElement(0xa1);
        publicKey = readBitString(pub);
        pub.expectEnd();
      }
      ec.expectEnd();
      return new Pkcs8(type, scalar, publicKey);
    } finally {
      Arrays.fill(inner, (byte) 0);
    }
  }

  private static KeyType readAlgorithm(DerReader outer) {
    if (outer.nextIs(DerReader.SEQUENCE)) {
      DerReader alg = outer.readElement(DerReader.SEQUENCE);
      byte[] contents = alg.remaining();
      if (Arrays.equals(contents, 0, contents.length, ED25519_ALG, 2, ED25519_ALG.length)) {
        return KeyType.ED25519;
      }
      for (EcCurve curve : EcCurve.values()) {
        byte[] expected = ecAlgorithm(curve);
        if (Arrays.equals(contents, 0, contents.length, expected, 2, expected.length)) {
          return curve.keyType();
        }
      }
    }
    throw new DecodingException(
        Reason.UNSUPPORTED_FORMAT, "unsupported key algorithm (expected Ed25519, secp256k1 or P-256)");
  }

  private static byte[] readBitString(DerReader reader) {
    byte[] bits = reader.readContents(DerReader.BIT_STRING);
    if (bits.length < 1 || bits[0] != 0) {
      throw new DecodingException(Reason.MALFORMED, "key BIT STRING must have no unused bits");
    }
    return Arrays.copyOfRange(bits, 1, bits.length);
  }

  private static byte[] ecAlgorithm(EcCurve curve) {
    return Der.element(DerReader.SEQUENCE, EC_PUBLIC_KEY_OID, curve.oid());
  }

  private static byte[] bitString(byte[] key) {
    byte[] contents = new byte[key.length + 1];
    System.arraycopy(key, 0, contents, 1, key.length);
    return Der.element(DerReader.BIT_STRING, contents);
  }
}
