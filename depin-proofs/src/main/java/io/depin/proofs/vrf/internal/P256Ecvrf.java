package io.depin.proofs.vrf.internal;

import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfException.Code;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.jspecify.annotations.Nullable;

/**
 * ECVRF-P256-SHA256-TAI and -SSWU (RFC 9381 §5.5, suite strings {@code 0x01} and {@code 0x02}) on
 * raw byte strings, with BouncyCastle's P-256 arithmetic.
 *
 * <p>Points are SEC1 compressed (33 bytes), scalars big-endian; encode-to-curve is
 * try-and-increment (§5.4.1.1) for TAI and RFC 9380 {@code P256_XMD:SHA-256_SSWU_NU_} (§5.4.1.2)
 * for SSWU; both use the RFC 6979 nonce with HMAC-SHA-256 (§5.4.2.1). The cofactor is 1, so {@code
 * validate_key} reduces to decoding a point, which is never the point at infinity in 33 bytes.
 * BouncyCastle's default point multiplication is not constant-time.
 */
public final class P256Ecvrf implements EcvrfEngine {
  /** ECVRF-P256-SHA256-TAI. */
  public static final P256Ecvrf TAI = new P256Ecvrf((byte) 0x01);

  /** ECVRF-P256-SHA256-SSWU. */
  public static final P256Ecvrf SSWU = new P256Ecvrf((byte) 0x02);

  private static final int POINT_LENGTH = 33;
  private static final int C_LENGTH = 16;
  private static final int S_LENGTH = 32;
  private static final int PROOF_LENGTH = POINT_LENGTH + C_LENGTH + S_LENGTH;
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
  private static final ECPoint G = CURVE.getG();
  private static final BigInteger N = CURVE.getN();
  private static final SimplifiedSwu SSWU_MAP = new SimplifiedSwu(CURVE.getCurve(), -10);

  /** RFC 9381 §5.4.1.2: {@code "ECVRF_" || h2c_suite_ID_string}, followed by the suite byte. */
  private static final String SSWU_DST_PREFIX = "ECVRF_P256_XMD:SHA-256_SSWU_NU_";

  private final byte suite;

  private P256Ecvrf(byte suite) {
    this.suite = suite;
  }

  @Override
  public byte[] prove(byte[] secret, byte[] alpha) {
    BigInteger x = new BigInteger(1, secret);
    byte[] pk = G.multiply(x).getEncoded(true);
    ECPoint h = encodeToCurve(pk, alpha);
    byte[] hString = h.getEncoded(true);
    byte[] gamma = h.multiply(x).getEncoded(true);
    HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
    nonces.init(N, x, sha256(hString));
    BigInteger k = nonces.nextK();
    BigInteger c = challenge(pk, hString, gamma, G.multiply(k), h.multiply(k));
    BigInteger s = k.add(c.multiply(x)).mod(N);
    byte[] pi = new byte[PROOF_LENGTH];
    System.arraycopy(gamma, 0, pi, 0, POINT_LENGTH);
    System.arraycopy(BigIntegers.asUnsignedByteArray(C_LENGTH, c), 0, pi, POINT_LENGTH, C_LENGTH);
    System.arraycopy(
        BigIntegers.asUnsignedByteArray(S_LENGTH, s), 0, pi, POINT_LENGTH + C_LENGTH, S_LENGTH);
    return pi;
  }

  @Override
  public byte[] proofToHash(byte[] pi) throws VrfException {
    return gammaToHash(decodeProof(pi).gamma());
  }

  @Override
  public byte[] verify(byte[] pk, byte[] pi, byte[] alpha) throws VrfException {
    ECPoint y = decodePoint(pk);
    if (y == null) {
      throw new VrfException(Code.INVALID_PUBLIC_KEY, "the public key is not a P-256 point");
    }
    Decoded d = decodeProof(pi);
    ECPoint h = encodeToCurve(pk, alpha);
    ECPoint u = G.multiply(d.s()).subtract(y.multiply(d.c()));
    ECPoint v = h.multiply(d.s()).subtract(d.gamma().multiply(d.c()));
    BigInteger expected = challenge(pk, h.getEncoded(true), d.gamma().getEncoded(true), u, v);
    if (!expected.equals(d.c())) {
      throw new VrfException(Code.INVALID_PROOF, "the proof does not verify");
    }
    return gammaToHash(d.gamma());
  }

  private record Decoded(ECPoint gamma, BigInteger c, BigInteger s) {}

  private static Decoded decodeProof(byte[] pi) throws VrfException {
    if (pi.length != PROOF_LENGTH) {
      throw new IllegalArgumentException("an ECVRF-P256 proof has " + PROOF_LENGTH + " bytes");
    }
    ECPoint gamma = decodePoint(Arrays.copyOfRange(pi, 0, POINT_LENGTH));
    if (gamma == null) {
      throw new VrfException(Code.INVALID_GAMMA, "Gamma is not a P-256 point");
    }
    BigInteger c = new BigInteger(1, Arrays.copyOfRange(pi, POINT_LENGTH, POINT_LENGTH + C_LENGTH));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(pi, POINT_LENGTH + C_LENGTH, PROOF_LENGTH));
    if (s.compareTo(N) >= 0) {
      throw new VrfException(Code.NON_CANONICAL_S, "s is not below the group order");
    }
    return new Decoded(gamma, c, s);
  }

  /** A SEC1 compressed point with {@code x < p} on the curve, or {@code null}. */
  private static @Nullable ECPoint decodePoint(byte[] encoded) {
    if (encoded.length != POINT_LENGTH || (encoded[0] != 0x02 && encoded[0] != 0x03)) {
      return null;
    }
    try {
      return CURVE.getCurve().decodePoint(encoded);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * RFC 9381 {@code ECVRF_encode_to_curve} with {@code encode_to_curve_salt = PK_string}.
   *
   * @param pk the compressed public key
   * @param alpha the input
   * @return the point {@code H}
   */
  ECPoint encodeToCurve(byte[] pk, byte[] alpha) {
    if (suite == 0x02) {
      byte[] msg = new byte[pk.length + alpha.length];
      System.arraycopy(pk, 0, msg, 0, pk.length);
      System.arraycopy(alpha, 0, msg, pk.length, alpha.length);
      byte[] prefix = SSWU_DST_PREFIX.getBytes(StandardCharsets.US_ASCII);
      byte[] dst = Arrays.copyOf(prefix, prefix.length + 1);
      dst[prefix.length] = suite;
      BigInteger u = HashToField.SHA256.hashToField(msg, dst, CURVE.getCurve().getField().getCharacteristic());
      return SSWU_MAP.map(u);
    }
    return tryAndIncrement(pk, alpha);
  }

  /** Try-and-increment (§5.4.1.1) with {@code interpret_hash_value_as_a_point = 0x02 || hash}. */
  private ECPoint tryAndIncrement(byte[] pk, byte[] alpha) {
    for (int ctr = 0; ctr < 256; ctr++) {
      Digest md = new SHA256Digest();
      md.update(suite);
      md.update((byte) 0x01);
      md.update(pk, 0, pk.length);
      md.update(alpha, 0, alpha.length);
      md.update((byte) ctr);
      md.update((byte) 0x00);
      byte[] candidate = new byte[POINT_LENGTH];
      candidate[0] = 0x02;
      md.doFinal(candidate, 1);
      ECPoint point = decodePoint(candidate);
      if (point != null) {
        return point;
      }
    }
    throw new IllegalStateException("try-and-increment found no point in 256 attempts");
  }

  private byte[] gammaToHash(ECPoint gamma) {
    Digest md = new SHA256Digest();
    md.update(suite);
    md.update((byte) 0x03);
    byte[] encoded = gamma.getEncoded(true);
    md.update(encoded, 0, encoded.length);
    md.update((byte) 0x00);
    byte[] beta = new byte[md.getDigestSize()];
    md.doFinal(beta, 0);
    return beta;
  }

  private BigInteger challenge(
      byte[] pk, byte[] hString, byte[] gamma, ECPoint u, ECPoint v) {
    Digest md = new SHA256Digest();
    md.update(suite);
    md.update((byte) 0x02);
    for (byte[] part : new byte[][] {pk, hString, gamma, u.getEncoded(true), v.getEncoded(true)}) {
      md.update(part, 0, part.length);
    }
    md.update((byte) 0x00);
    byte[] digest = new byte[md.getDigestSize()];
    md.doFinal(digest, 0);
    return new BigInteger(1, Arrays.copyOf(digest, C_LENGTH));
  }

  private static byte[] sha256(byte[] data) {
    Digest md = new SHA256Digest();
    md.update(data, 0, data.length);
    byte[] out = new byte[md.getDigestSize()];
    md.doFinal(out, 0);
    return out;
  }
}
