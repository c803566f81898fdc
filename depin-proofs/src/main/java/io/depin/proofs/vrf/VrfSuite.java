package io.depin.proofs.vrf;

import io.depin.core.crypto.KeyType;
import io.depin.proofs.vrf.internal.EcvrfEngine;
import io.depin.proofs.vrf.internal.Ed25519Ecvrf;
import io.depin.proofs.vrf.internal.P256Ecvrf;

/**
 * The four RFC 9381 ECVRF cipher suites (§5.5). The TAI suites encode to the curve by
 * try-and-increment (§5.4.1.1); {@link #EDWARDS25519_SHA512_ELL2} and {@link #P256_SHA256_SSWU}
 * use RFC 9380 hash-to-curve (§5.4.1.2), which needs no retry loop. A proof verifies only under the suite it was made with: the suite string is the first byte of
 * every hash, so the same key gives unrelated outputs in different suites.
 *
 * {@snippet :
 * VrfSuite suite = VrfSuite.EDWARDS25519_SHA512_TAI;
 * VrfProof proof = VrfProof.fromBytes(suite, received);   // 80 bytes for this suite
 * }
 *
 * @since 0.1.0
 */
@SuppressWarnings("ImmutableEnumChecker")
// The engines (Ed25519Ecvrf, P256Ecvrf) keep only final suite constants: they are immutable.
public enum VrfSuite {
  /**
   * ECVRF-EDWARDS25519-SHA512-TAI, suite string {@code 0x03}: Ed25519 keys (RFC 8032 seeds),
   * 80-byte proofs, 64-byte outputs, RFC 8032-style nonces.
   */
  EDWARDS25519_SHA512_TAI(0x03, KeyType.ED25519, 80, 64, Ed25519Ecvrf.TAI),
  /**
   * ECVRF-P256-SHA256-TAI, suite string {@code 0x01}: P-256 keys, 81-byte proofs, 32-byte
   * outputs, RFC 6979 nonces.
   */
  P256_SHA256_TAI(0x01, KeyType.P256, 81, 32, P256Ecvrf.TAI),
  /**
   * ECVRF-EDWARDS25519-SHA512-ELL2, suite string {@code 0x04}: as {@link #EDWARDS25519_SHA512_TAI}
   * but encode-to-curve is RFC 9380 {@code edwards25519_XMD:SHA-512_ELL2_NU_} (Elligator 2).
   */
  EDWARDS25519_SHA512_ELL2(0x04, KeyType.ED25519, 80, 64, Ed25519Ecvrf.ELL2),
  /**
   * ECVRF-P256-SHA256-SSWU, suite string {@code 0x02}: as {@link #P256_SHA256_TAI} but
   * encode-to-curve is RFC 9380 {@code P256_XMD:SHA-256_SSWU_NU_} (simplified SWU).
   */
  P256_SHA256_SSWU(0x02, KeyType.P256, 81, 32, P256Ecvrf.SSWU);

  private final int suiteString;
  private final KeyType keyType;
  private final int proofLength;
  private final int outputLength;
  private final EcvrfEngine engine;

  VrfSuite(int suiteString, KeyType keyType, int proofLength, int outputLength, EcvrfEngine engine) {
    this.suiteString = suiteString;
    this.keyType = keyType;
    this.proofLength = proofLength;
    this.outputLength = outputLength;
    this.engine = engine;
  }

  /**
   * Returns the suite's name in RFC 9381, such as {@code ECVRF-EDWARDS25519-SHA512-TAI}, which is
   * also its name on the wire.
   *
   * @return the RFC 9381 name
   */
  public String rfcName() {
    return "ECVRF-" + name().replace('_', '-');
  }

  /**
   * Returns the RFC 9381 suite string, the first byte of every hash input.
   *
   * @return {@code 0x01} to {@code 0x04}
   */
  public int suiteString() {
    return suiteString;
  }

  /**
   * Returns the type of the keys of this suite.
   *
   * @return {@link KeyType#ED25519} or {@link KeyType#P256}
   */
  public KeyType keyType() {
    return keyType;
  }

  /**
   * Returns the length of a proof {@code pi}.
   *
   * @return 80 for the Edwards25519 suites, 81 for the P-256 suites
   */
  public int proofLength() {
    return proofLength;
  }

  /**
   * Returns the length of an output {@code beta}.
   *
   * @return 64 for the Edwards25519 suites (SHA-512), 32 for the P-256 suites (SHA-256)
   */
  public int outputLength() {
    return outputLength;
  }

  EcvrfEngine engine() {
    return engine;
  }

  static VrfSuite forKeyType(KeyType keyType) {
    for (VrfSuite suite : values()) {
      if (suite.keyType == keyType) {
        return suite;
      }
    }
    throw new IllegalArgumentException("no ECVRF suite here uses " + keyType + " keys");
  }
}
