package io.depin.core.bytes;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable 32-byte value: the output of SHA-256, Keccak-256 or BLAKE2b-256, a Merkle root.
 *
 * <p>Like {@link Bytes}, it copies on the way in and out, compares in constant time in {@link
 * #equals}, and orders unsigned lexicographically. Parsing is strict: exactly 64 hex digits, with or
 * without {@code 0x}.
 *
 * {@snippet :
 * Hash32 root = Hash32.fromHex("0xd4dee0beab2d53f2cc83e567171bd2820e49898130a22622b10ead383e90bd77");
 * root.toBytes().length();   // 32
 * }
 *
 * <p>Instances are thread-safe.
 *
 * @since 0.1.0
 */
public final class Hash32 implements Comparable<Hash32> {
  /** The number of bytes in a {@code Hash32}. */
  public static final int LENGTH = 32;

  /** The hash whose 32 bytes are all zero. */
  public static final Hash32 ZERO = new Hash32(new byte[LENGTH]);

  private final byte[] value;

  private Hash32(byte[] value) {
    this.value = value;
  }

  /**
   * Returns a hash holding a copy of {@code bytes}.
   *
   * @param bytes exactly 32 bytes
   * @return a new value
   * @throws DecodingException with {@link Reason#WRONG_LENGTH} if {@code bytes} is not 32 long
   */
  public static Hash32 of(byte[] bytes) {
    requireLength(bytes.length);
    return new Hash32(bytes.clone());
  }

  /**
   * Returns a hash holding 32 bytes of {@code bytes} starting at {@code offset}.
   *
   * @param bytes the array holding the hash
   * @param offset where the hash starts
   * @return a new value
   */
  public static Hash32 of(byte[] bytes, int offset) {
    java.util.Objects.checkFromIndexSize(offset, LENGTH, bytes.length);
    return new Hash32(Arrays.copyOfRange(bytes, offset, offset + LENGTH));
  }

  /**
   * Returns a hash holding the bytes of {@code bytes}.
   *
   * @param bytes exactly 32 bytes
   * @return a new value
   * @throws DecodingException with {@link Reason#WRONG_LENGTH} if {@code bytes} is not 32 long
   */
  public static Hash32 of(Bytes bytes) {
    requireLength(bytes.length());
    return new Hash32(bytes.toByteArray());
  }

  /**
   * Parses exactly 64 hex digits, with or without a {@code 0x} prefix.
   *
   * @param hex the text to parse
   * @return the hash
   * @throws DecodingException if the text is not 32 bytes of strict hex
   */
  public static Hash32 fromHex(CharSequence hex) {
    byte[] bytes = Hex.decode(hex, 2 + 2 * LENGTH);
    requireLength(bytes.length);
    return new Hash32(bytes);
  }

  /**
   * Wraps a freshly computed digest without copying. For hash implementations in this SDK only.
   *
   * @param digest a 32-byte array no other code keeps a reference to
   * @return a value backed by {@code digest}
   */
  public static Hash32 adoptDigest(byte[] digest) {
    requireLength(digest.length);
    return new Hash32(digest);
  }

  private static void requireLength(int length) {
    if (length != LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "a Hash32 has 32 bytes, not " + length);
    }
  }

  /** {@return a copy of the 32 bytes} */
  public byte[] toByteArray() {
    return value.clone();
  }

  /** {@return the 32 bytes as a {@link Bytes}} */
  public Bytes toBytes() {
    return Bytes.adopt(value.clone());
  }

  /**
   * Copies the 32 bytes into {@code destination} at {@code offset}.
   *
   * @param destination the array to write into
   * @param offset where the first byte goes
   */
  public void copyTo(byte[] destination, int offset) {
    System.arraycopy(value, 0, destination, offset, LENGTH);
  }

  /**
   * Returns the byte at {@code index}.
   *
   * @param index a position from 0 to 31
   * @return the byte there
   */
  public byte get(int index) {
    return value[index];
  }

  /** {@return lowercase hex without a prefix} */
  public String toHex() {
    return Hex.encode(value);
  }

  /** {@return lowercase hex with a {@code 0x} prefix} */
  public String toPrefixedHex() {
    return "0x" + Hex.encode(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Hash32 other && MessageDigest.isEqual(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** Compares unsigned, lexicographically. */
  @Override
  public int compareTo(Hash32 other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  /** {@return {@code 0x}-prefixed lowercase hex} */
  @Override
  public String toString() {
    return toPrefixedHex();
  }
}
