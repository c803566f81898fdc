package io.depin.core.hash.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Creates digest engines. SHA-2 comes from the JDK, which uses CPU instructions where it can;
 * Keccak-256 is our own {@link Keccak256} (the hot path of Merkle tree builds); BLAKE2b from
 * BouncyCastle.
 */
public final class DigestEngines {
  private DigestEngines() {}

  /** Returns a fresh SHA-256 engine. */
  public static DigestEngine sha256() {
    return jdk("SHA-256");
  }

  /** Returns a fresh SHA-512 engine. */
  public static DigestEngine sha512() {
    return jdk("SHA-512");
  }

  /** Returns a fresh Keccak-256 (Ethereum) engine. */
  public static DigestEngine keccak256() {
    return new Keccak256();
  }

  /** Returns a fresh unkeyed BLAKE2b-256 engine. */
  public static DigestEngine blake2b256() {
    return bc(new Blake2bDigest(256));
  }

  private static DigestEngine jdk(String name) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides " + name, e);
    }
    return new DigestEngine() {
      @Override
      public void update(byte[] input, int offset, int length) {
        md.update(input, offset, length);
      }

      @Override
      public byte[] digest() {
        return md.digest();
      }
    };
  }

  private static DigestEngine bc(Digest digest) {
    return new DigestEngine() {
      @Override
      public void update(byte[] input, int offset, int length) {
        digest.update(input, offset, length);
      }

      @Override
      public byte[] digest() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
      }
    };
  }
}
