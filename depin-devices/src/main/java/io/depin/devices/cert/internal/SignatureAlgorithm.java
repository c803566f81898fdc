package io.depin.devices.cert.internal;

import io.depin.core.crypto.KeyType;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.jspecify.annotations.Nullable;

/** The signature algorithms of certificates and requests, by what their identifier says. */
public enum SignatureAlgorithm {
  /** ecdsa-with-SHA256 (RFC 5758), parameters absent: for P-256 and secp256k1 issuers. */
  ECDSA_SHA256,
  /** Ed25519 (RFC 8410), parameters absent. */
  ED25519,
  /** Anything else, including a supported OID with parameters present. */
  UNSUPPORTED;

  /**
   * {@return what an algorithm identifier names}
   *
   * @param id the identifier
   */
  public static SignatureAlgorithm of(AlgorithmIdentifier id) {
    if (id.getParameters() != null) {
      return UNSUPPORTED;
    }
    ASN1ObjectIdentifier oid = id.getAlgorithm();
    if (oid.equals(X9ObjectIdentifiers.ecdsa_with_SHA256)) {
      return ECDSA_SHA256;
    }
    if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
      return ED25519;
    }
    return UNSUPPORTED;
  }

  /**
   * {@return the identifier a key of {@code keyType} signs with}
   *
   * @param keyType the signer's key type
   */
  public static AlgorithmIdentifier identifierFor(KeyType keyType) {
    return new AlgorithmIdentifier(
        keyType.isEcdsa() ? X9ObjectIdentifiers.ecdsa_with_SHA256 : EdECObjectIdentifiers.id_Ed25519);
  }

  /**
   * {@return whether a key of {@code keyType} makes signatures of this algorithm}
   *
   * @param keyType the signer's key type
   */
  public boolean matches(@Nullable KeyType keyType) {
    return switch (this) {
      case ECDSA_SHA256 -> keyType != null && keyType.isEcdsa();
      case ED25519 -> keyType == KeyType.ED25519;
      case UNSUPPORTED -> false;
    };
  }
}
