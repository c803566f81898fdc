package io.depin.devices;

import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;

/** Flips one bit of a signed field, for tamper properties. */
public final class BitFlips {
  private BitFlips() {}

  /** A copy of {@code bytes} with bit {@code bit mod (8 * length)} flipped. */
  public static byte[] flip(byte[] bytes, int bit) {
    byte[] out = bytes.clone();
    int i = bit % (out.length * 8);
    out[i / 8] ^= (byte) (1 << (i % 8));
    return out;
  }

  /** The key whose raw encoding differs in one bit; throws DecodingException if invalid. */
  public static PublicKey flip(PublicKey key, int bit) {
    return PublicKey.fromRaw(key.keyType(), flip(key.toRaw(), bit));
  }

  /** The signature that differs in one bit. */
  public static Signature flip(Signature signature, int bit) {
    return Signature.of(signature.keyType(), flip(signature.toByteArray(), bit));
  }
}
