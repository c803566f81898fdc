package io.depin.proofs.vrf.internal;

import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfException.Code;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * ECVRF-EDWARDS25519-SHA512-TAI and -ELL2 (RFC 9381 §5.5, suite strings {@code 0x03} and {@code
 * 0x04}) on raw byte strings.
 *
 * <p>Encode-to-curve is try-and-increment (§5.4.1.1) for TAI and RFC 9380 {@code
 * edwards25519_XMD:SHA-512_ELL2_NU_} (§5.4.1.2) for ELL2; both use the RFC 8032 style nonce
 * (§5.4.2.2), and verification always runs {@code ECVRF_validate_key}. Proving multiplies by the
 * secret scalar and the nonce with {@link EdwardsPoint#multiply} (constant-time); the scalar
 * arithmetic modulo {@code L} uses {@link BigInteger} and is not.
 */
public final class Ed25519Ecvrf implements EcvrfEngine {
  /** ECVRF-EDWARDS25519-SHA512-TAI. */
  public static final Ed25519Ecvrf TAI = new Ed25519Ecvrf((byte) 0x03);

  /** ECVRF-EDWARDS25519-SHA512-ELL2. */
  public static final Ed25519Ecvrf ELL2 = new Ed25519Ecvrf((byte) 0x04);

  /** The length of a proof: {@code Gamma} (32) || {@code c} (16) || {@code s} (32). */
  private static final int PROOF_LENGTH = 80;

  private static final int C_LENGTH = 16;

  /** RFC 9381 §5.4.1.2: {@code "ECVRF_" || h2c_suite_ID_string}, followed by the suite byte. */
  private static final String ELL2_DST_PREFIX = "ECVRF_edwards25519_XMD:SHA-512_ELL2_NU_";

  private final byte suite;

  private Ed25519Ecvrf(byte suite) {
    this.suite = suite;
  }

  /**
   * Computes a proof (RFC 9381 §5.1).
   *
   * @param secret the 32-byte seed
   * @param alpha the input
   * @return the 80-byte proof
   */
  @Override
  public byte[] prove(byte[] secret, byte[] alpha) {
    byte[] h = sha512(secret);
    byte[] xBytes = secretScalar(h);
    byte[] pk = EdwardsPoint.BASE.multiply(xBytes).encode();
    EdwardsPoint hPoint = encodeToCurve(pk, alpha);
    byte[] hString = hPoint.encode();
    EdwardsPoint gamma = hPoint.multiply(xBytes);
    BigInteger k = nonce(h, hString);
    byte[] kBytes = Scalars.toLittleEndian(k, 32);
    BigInteger c =
        challenge(
            pk,
            hString,
            gamma.encode(),
            EdwardsPoint.BASE.multiply(kBytes),
            hPoint.multiply(kBytes));
    BigInteger s = k.add(c.multiply(Scalars.fromLittleEndian(xBytes))).mod(EdwardsPoint.L);
    Arrays.fill(h, (byte) 0);
    Arrays.fill(xBytes, (byte) 0);
    Arrays.fill(kBytes, (byte) 0);
    byte[] pi = new byte[PROOF_LENGTH];
    System.arraycopy(gamma.encode(), 0, pi, 0, 32);
    System.arraycopy(Scalars.toLittleEndian(c, C_LENGTH), 0, pi, 32, C_LENGTH);
    System.arraycopy(Scalars.toLittleEndian(s, 32), 0, pi, 48, 32);
    return pi;
  }

  /**
   * Computes {@code beta} from a proof without verifying it (RFC 9381 §5.2).
   *
   * @param pi the 80-byte proof
   * @return the 64-byte output
   * @throws VrfException if {@code Gamma} or {@code s} is invalid
   */
  @Override
  public byte[] proofToHash(byte[] pi) throws VrfException {
    return gammaToHash(decodeProof(pi).gamma());
  }

  /**
   * Verifies a proof (RFC 9381 §5.3, with {@code validate_key}).
   *
   * @param pk the 32-byte public key
   * @param pi the 80-byte proof
   * @param alpha the input
   * @return the 64-byte output {@code beta}
   * @throws VrfException if the key or the proof is invalid
   */
  @Override
  public byte[] verify(byte[] pk, byte[] pi, byte[] alpha) throws VrfException {
    if (pk.length != 32) {
      throw new VrfException(Code.INVALID_PUBLIC_KEY, "an Ed25519 public key has 32 bytes");
    }
    EdwardsPoint y = EdwardsPoint.decode(pk);
    if (y == null) {
      throw new VrfException(Code.INVALID_PUBLIC_KEY, "the public key is not a curve point");
    }
    if (y.multiplyByCofactor().isIdentity()) {
      throw new VrfException(Code.INVALID_PUBLIC_KEY, "the public key has small order");
    }
    Decoded d = decodeProof(pi);
    EdwardsPoint hPoint = encodeToCurve(pk, alpha);
    EdwardsPoint u = EdwardsPoint.doubleMultiplyVar(d.s(), EdwardsPoint.BASE, d.c(), y.negate());
    EdwardsPoint v = EdwardsPoint.doubleMultiplyVar(d.s(), hPoint, d.c(), d.gamma().negate());
    BigInteger expected = challenge(pk, hPoint.encode(), d.gamma().encode(), u, v);
    if (!expected.equals(d.c())) {
      throw new VrfException(Code.INVALID_PROOF, "the proof does not verify");
    }
    return gammaToHash(d.gamma());
  }

  private record Decoded(EdwardsPoint gamma, BigInteger c, BigInteger s) {}

  private static Decoded decodeProof(byte[] pi) throws VrfException {
    if (pi.length != PROOF_LENGTH) {
      throw new IllegalArgumentException("an ECVRF-EDWARDS25519 proof has 80 bytes");
    }
    EdwardsPoint gamma = EdwardsPoint.decode(Arrays.copyOfRange(pi, 0, 32));
    if (gamma == null) {
      throw new VrfException(Code.INVALID_GAMMA, "Gamma is not a curve point");
    }
    BigInteger c = Scalars.fromLittleEndian(Arrays.copyOfRange(pi, 32, 48));
    BigInteger s = Scalars.fromLittleEndian(Arrays.copyOfRange(pi, 48, 80));
    if (s.compareTo(EdwardsPoint.L) >= 0) {
      throw new VrfException(Code.NON_CANONICAL_S, "s is not below the group order");
    }
    return new Decoded(gamma, c, s);
  }

  private byte[] gammaToHash(EdwardsPoint gamma) {
    MessageDigest md = newSha512();
    md.update(suite);
    md.update((byte) 0x03);
    md.update(gamma.multiplyByCofactor().encode());
    md.update((byte) 0x00);
    return md.digest();
  }

  /**
   * RFC 9381 {@code ECVRF_encode_to_curve} with {@code encode_to_curve_salt = PK_string}.
   *
   * @param pk the public key encoding
   * @param alpha the input
   * @return the point {@code H}, in the prime-order subgroup
   */
  EdwardsPoint encodeToCurve(byte[] pk, byte[] alpha) {
    if (suite == 0x04) {
      byte[] msg = new byte[pk.length + alpha.length];
      System.arraycopy(pk, 0, msg, 0, pk.length);
      System.arraycopy(alpha, 0, msg, pk.length, alpha.length);
      byte[] prefix = ELL2_DST_PREFIX.getBytes(StandardCharsets.US_ASCII);
      byte[] dst = Arrays.copyOf(prefix, prefix.length + 1);
      dst[prefix.length] = suite;
      BigInteger u = HashToField.SHA512.hashToField(msg, dst, EdwardsPoint.P);
      return Elligator2.map(u).multiplyByCofactor();
    }
    return tryAndIncrement(pk, alpha);
  }

  /** Try-and-increment (§5.4.1.1); fails with probability about {@code 2^-256}. */
  private EdwardsPoint tryAndIncrement(byte[] pk, byte[] alpha) {
    for (int ctr = 0; ctr < 256; ctr++) {
      MessageDigest md = newSha512();
      md.update(suite);
      md.update((byte) 0x01);
      md.update(pk);
      md.update(alpha);
      md.update((byte) ctr);
      md.update((byte) 0x00);
      @Nullable EdwardsPoint point = EdwardsPoint.decode(Arrays.copyOf(md.digest(), 32));
      if (point != null) {
        return point.multiplyByCofactor();
      }
    }
    throw new IllegalStateException("try-and-increment found no point in 256 attempts");
  }

  private static BigInteger nonce(byte[] secretHash, byte[] hString) {
    MessageDigest md = newSha512();
    md.update(secretHash, 32, 32);
    md.update(hString);
    return Scalars.fromLittleEndian(md.digest()).mod(EdwardsPoint.L);
  }

  private BigInteger challenge(
      byte[] pk, byte[] hString, byte[] gammaString, EdwardsPoint u, EdwardsPoint v) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(2 + 5 * 32 + 1);
    buf.write(suite);
    buf.write(0x02);
    buf.writeBytes(pk);
    buf.writeBytes(hString);
    buf.writeBytes(gammaString);
    buf.writeBytes(u.encode());
    buf.writeBytes(v.encode());
    buf.write(0x00);
    byte[] digest = sha512(buf.toByteArray());
    return Scalars.fromLittleEndian(Arrays.copyOf(digest, C_LENGTH));
  }

  /** The RFC 8032 §5.1.5 clamped scalar, 32 little-endian bytes. */
  private static byte[] secretScalar(byte[] secretHash) {
    byte[] a = Arrays.copyOf(secretHash, 32);
    a[0] &= (byte) 0xf8;
    a[31] &= 0x7f;
    a[31] |= 0x40;
    return a;
  }

  private static byte[] sha512(byte[] data) {
    return newSha512().digest(data);
  }

  private static MessageDigest newSha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-512", e);
    }
  }
}
