package io.depin.core.crypto.internal;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.internal.secp256k1.AffinePoint;
import io.depin.core.crypto.internal.secp256k1.Multiplier;
import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.jspecify.annotations.Nullable;

/**
 * ECDSA over a 32-byte digest: deterministic signing (RFC 6979 with HMAC-SHA-256), strict
 * verification and secp256k1 public-key recovery.
 *
 * <p>Signing runs on BouncyCastle (fixed-point comb multiplication of the nonce). secp256k1
 * verification and recovery, which handle only public data, run on the variable-time engine of
 * {@link io.depin.core.crypto.internal.secp256k1}; P-256 verification runs on BouncyCastle.
 */
public final class Ecdsa {
  private Ecdsa() {}

  /** A signature as r||s (64 bytes) and the recovery id of its nonce point (0 to 3). */
  public static final class Signed {
    private final byte[] rs;
    private final int recoveryId;

    Signed(byte[] rs, int recoveryId) {
      this.rs = rs;
      this.recoveryId = recoveryId;
    }

    /** {@return r||s; the caller owns the array} */
    public byte[] rs() {
      return rs;
    }

    /** {@return bit 0: parity of the nonce point's y; bit 1: its x was at least n} */
    public int recoveryId() {
      return recoveryId;
    }
  }

  static Signed sign(EcCurve c, BigInteger d, byte[] digest, boolean lowS) {
    BigInteger n = c.order();
    BigInteger e = new BigInteger(1, digest);
    HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
    nonces.init(n, d, digest);
    while (true) {
      BigInteger k = nonces.nextK();
      ECPoint point = c.multiplyBase(k);
      BigInteger x = point.getAffineXCoord().toBigInteger();
      BigInteger r = x.mod(n);
      if (r.signum() == 0) {
        continue;
      }
      BigInteger s = BigIntegers.modOddInverse(n, k).multiply(e.add(d.multiply(r))).mod(n);
      if (s.signum() == 0) {
        continue;
      }
      int recoveryId = (point.getAffineYCoord().testBitZero() ? 1 : 0) | (x.compareTo(n) >= 0 ? 2 : 0);
      if (lowS && s.compareTo(c.halfOrder()) > 0) {
        s = n.subtract(s);
        recoveryId ^= 1;
      }
      byte[] rs = new byte[64];
      BigIntegers.asUnsignedByteArray(r, rs, 0, 32);
      BigIntegers.asUnsignedByteArray(s, rs, 32, 32);
      return new Signed(rs, recoveryId);
    }
  }

  static void verify(EcCurve c, ECPoint q, byte[] digest, byte[] rs, boolean requireLowS)
      throws CryptoException {
    BigInteger n = c.order();
    BigInteger r = new BigInteger(1, rs, 0, 32);
    BigInteger s = new BigInteger(1, rs, 32, 32);
    checkScalars(c, r, s, requireLowS);
    BigInteger e = new BigInteger(1, digest);
    BigInteger w = BigIntegers.modOddInverseVar(n, s);
    BigInteger u1 = e.multiply(w).mod(n);
    BigInteger u2 = r.multiply(w).mod(n);
    @Nullable BigInteger x;
    if (c == EcCurve.SECP256K1) {
      AffinePoint sum =
          Multiplier.sumOfTwoMultiplies(
              u1,
              AffinePoint.of(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()),
              u2);
      x = sum == null ? null : sum.x();
    } else {
      ECPoint sum = ECAlgorithms.sumOfTwoMultiplies(c.generator(), u1, q, u2).normalize();
      x = sum.isInfinity() ? null : sum.getAffineXCoord().toBigInteger();
    }
    if (x == null || !x.mod(n).equals(r)) {
      throw new CryptoException(Code.INVALID_SIGNATURE, "signature does not verify");
    }
  }

  /** Recovers a secp256k1 public key (the only curve with recovery ids here). */
  static ECPoint recover(byte[] digest, byte[] rs, int recoveryId, boolean requireLowS)
      throws CryptoException {
    EcCurve c = EcCurve.SECP256K1;
    if (recoveryId < 0 || recoveryId > 3) {
      throw new CryptoException(Code.INVALID_SIGNATURE, "recovery id must be 0 to 3");
    }
    BigInteger n = c.order();
    BigInteger r = new BigInteger(1, rs, 0, 32);
    BigInteger s = new BigInteger(1, rs, 32, 32);
    checkScalars(c, r, s, requireLowS);
    BigInteger x = (recoveryId & 2) == 0 ? r : r.add(n);
    if (x.compareTo(c.fieldPrime()) >= 0) {
      throw new CryptoException(Code.RECOVERY_FAILED, "no curve point has this x coordinate");
    }
    AffinePoint big = AffinePoint.lift(x, (recoveryId & 1) == 1);
    if (big == null) {
      throw new CryptoException(Code.RECOVERY_FAILED, "no curve point has this x coordinate");
    }
    BigInteger rInv = BigIntegers.modOddInverseVar(n, r);
    BigInteger e = new BigInteger(1, digest);
    BigInteger u1 = n.subtract(e.mod(n)).multiply(rInv).mod(n);
    BigInteger u2 = s.multiply(rInv).mod(n);
    AffinePoint q = Multiplier.sumOfTwoMultiplies(u1, big, u2);
    if (q == null) {
      throw new CryptoException(Code.RECOVERY_FAILED, "recovered point is the identity");
    }
    return c.curve().createPoint(q.x(), q.y());
  }

  private static void checkScalars(EcCurve c, BigInteger r, BigInteger s, boolean requireLowS)
      throws CryptoException {
    BigInteger n = c.order();
    if (r.signum() == 0 || r.compareTo(n) >= 0 || s.signum() == 0 || s.compareTo(n) >= 0) {
      throw new CryptoException(Code.SCALAR_OUT_OF_RANGE, "r and s must lie in [1, n-1]");
    }
    if (requireLowS && s.compareTo(c.halfOrder()) > 0) {
      throw new CryptoException(
          Code.SIGNATURE_MALLEABLE, "s is greater than n/2; the low-S rule (EIP-2, BIP-62) rejects it");
    }
  }
}
