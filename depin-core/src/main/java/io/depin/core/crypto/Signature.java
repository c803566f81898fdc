package io.depin.core.crypto;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.internal.EcdsaDer;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable signature and the key type that made it.
 *
 * <p>Every type uses a fixed 64-byte form: Ed25519 {@code R||S} (RFC 8032), and for ECDSA the
 * big-endian {@code r||s} of IEEE P1363 (the compact form, and this SDK's default). ECDSA
 * signatures also convert to and from ASN.1 DER; the DER decoder accepts only the single canonical
 * encoding (minimal lengths, minimal positive INTEGERs, no trailing bytes).
 *
 * <p>Decoding checks only the encoding; the value checks ({@code r, s} in {@code [1, n-1]}, low
 * {@code S}, ...) are done by {@link PublicKey#verify(byte[], Signature)}.
 *
 * {@snippet :
 * Signature sig = key.sign(message);
 * Signature same = Signature.of(KeyType.SECP256K1, sig.toByteArray());
 * Signature fromDer = Signature.fromDer(KeyType.SECP256K1, sig.toDer());   // equals sig
 * }
 *
 * @since 0.1.0
 */
public final class Signature {
  /** The length of every signature in its raw form. */
  public static final int LENGTH = 64;

  private final KeyType keyType;
  private final byte[] bytes;

  private Signature(KeyType keyType, byte[] bytes) {
    this.keyType = keyType;
    this.bytes = bytes;
  }

  /**
   * Returns the signature held in {@code bytes}: Ed25519 {@code R||S} or ECDSA {@code r||s}.
   *
   * @param keyType the key type that made it
   * @param bytes exactly 64 bytes
   * @return the signature
   * @throws DecodingException with {@link Reason#WRONG_LENGTH} for any other length
   */
  public static Signature of(KeyType keyType, byte[] bytes) {
    Objects.requireNonNull(keyType, "keyType");
    if (bytes.length != LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "a " + keyType + " signature has 64 bytes, not " + bytes.length);
    }
    return new Signature(keyType, bytes.clone());
  }

  /**
   * Decodes a strict ASN.1 DER ECDSA signature, {@code SEQUENCE { INTEGER r, INTEGER s }}.
   *
   * @param keyType SECP256K1 or P256
   * @param der the encoding, at most 72 bytes
   * @return the signature
   * @throws DecodingException if the input is longer than 72 bytes, not canonical DER, or has a
   *     negative integer or one longer than 32 bytes
   * @throws IllegalArgumentException if {@code keyType} is ED25519
   */
  public static Signature fromDer(KeyType keyType, byte[] der) {
    requireEcdsa(keyType);
    return new Signature(keyType, EcdsaDer.decode(der));
  }

  static Signature adopt(KeyType keyType, byte[] bytes) {
    return new Signature(keyType, bytes);
  }

  /** {@return the key type that made this signature} */
  public KeyType keyType() {
    return keyType;
  }

  /** {@return a copy of the 64 raw bytes} */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** {@return the 64 raw bytes} */
  public Bytes toBytes() {
    return Bytes.of(bytes);
  }

  byte[] raw() {
    return bytes;
  }

  /**
   * Returns the ASN.1 DER encoding of an ECDSA signature.
   *
   * @return the DER bytes
   * @throws IllegalStateException for an Ed25519 signature
   */
  public byte[] toDer() {
    if (!keyType.isEcdsa()) {
      throw new IllegalStateException("Ed25519 signatures have no DER form");
    }
    return EcdsaDer.encode(bytes);
  }

  private static void requireEcdsa(KeyType keyType) {
    if (!keyType.isEcdsa()) {
      throw new IllegalArgumentException("Ed25519 signatures have no DER form");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Signature other
        && keyType == other.keyType
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * keyType.hashCode() + Arrays.hashCode(bytes);
  }

  /** {@return the key type and the hex of the raw bytes} */
  @Override
  public String toString() {
    return "Signature[" + keyType + ", 0x" + Hex.encode(bytes) + "]";
  }
}
