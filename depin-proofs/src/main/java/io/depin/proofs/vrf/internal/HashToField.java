package io.depin.proofs.vrf.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * RFC 9380 {@code expand_message_xmd} (§5.3.1) and {@code hash_to_field} (§5.2) with {@code m =
 * 1} and {@code L = 48} (security level {@code k = 128} for a 255- or 256-bit prime).
 *
 * @param algorithm the {@link MessageDigest} name
 * @param blockLength the hash function's input block length {@code s_in_bytes}
 */
record HashToField(String algorithm, int blockLength) {
  /** SHA-256: 64-byte blocks. */
  static final HashToField SHA256 = new HashToField("SHA-256", 64);

  /** SHA-512: 128-byte blocks. */
  static final HashToField SHA512 = new HashToField("SHA-512", 128);

  /** Bytes per field element, {@code ceil((ceil(log2(p)) + 128) / 8)} for p of 255 or 256 bits. */
  private static final int ELEMENT_LENGTH = 48;

  /**
   * Hashes {@code msg} to one element of {@code GF(p)}.
   *
   * @param msg the message
   * @param dst the domain separation tag, at most 255 bytes
   * @param p the field prime
   * @return a value in {@code [0, p)}
   */
  BigInteger hashToField(byte[] msg, byte[] dst, BigInteger p) {
    return new BigInteger(1, expand(msg, dst, ELEMENT_LENGTH)).mod(p);
  }

  /**
   * Expands {@code msg} to {@code length} uniform bytes.
   *
   * @param msg the message
   * @param dst the domain separation tag, at most 255 bytes
   * @param length the output length, at most {@code 255} hash outputs and 65535
   * @return the bytes
   */
  byte[] expand(byte[] msg, byte[] dst, int length) {
    MessageDigest md = digest();
    int hashLength = md.getDigestLength();
    int ell = (length + hashLength - 1) / hashLength;
    if (ell > 255 || length > 65535 || dst.length > 255) {
      throw new IllegalArgumentException("expand_message_xmd parameters out of range");
    }
    md.update(new byte[blockLength]);
    md.update(msg);
    md.update((byte) (length >>> 8));
    md.update((byte) length);
    md.update((byte) 0);
    md.update(dst);
    md.update((byte) dst.length);
    byte[] b0 = md.digest();
    byte[] out = new byte[ell * hashLength];
    byte[] previous = new byte[hashLength];
    for (int i = 1; i <= ell; i++) {
      for (int j = 0; j < hashLength; j++) {
        previous[j] ^= b0[j];
      }
      md.update(previous);
      md.update((byte) i);
      md.update(dst);
      md.update((byte) dst.length);
      previous = md.digest();
      System.arraycopy(previous, 0, out, (i - 1) * hashLength, hashLength);
    }
    return Arrays.copyOf(out, length);
  }

  private MessageDigest digest() {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has " + algorithm, e);
    }
  }
}
