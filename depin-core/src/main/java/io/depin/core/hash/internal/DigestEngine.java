package io.depin.core.hash.internal;

/** One running digest computation; implementations wrap a JDK or BouncyCastle engine. */
public interface DigestEngine {
  /** Absorbs {@code length} bytes of {@code input} from {@code offset}. */
  void update(byte[] input, int offset, int length);

  /** Finishes and returns the digest; the engine must not be used afterwards. */
  byte[] digest();
}
