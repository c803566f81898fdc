package io.depin.core.bytes;

import io.depin.core.DecodingException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sequence of bytes.
 *
 * <p>Every factory copies its input and every accessor returns a copy, so a {@code Bytes} never
 * changes after it is made. {@link #equals} compares in constant time for values of the same
 * length, so comparing a received MAC or hash against an expected one leaks no timing. Ordering
 * ({@link #compareTo}) is unsigned and lexicographic, the order used by sorted Merkle pairs.
 *
 * {@snippet :
 * Bytes payload = Bytes.fromHex("0x0102ff");
 * payload.length();          // 3
 * payload.toHex();           // "0102ff"
 * payload.toString();        // "0x0102ff"
 * Bytes both = payload.concat(Bytes.of((byte) 7));
 * }
 *
 * <p>Instances are thread-safe.
 *
 * @since 0.1.0
 */
public final class Bytes implements Comparable<Bytes> {
  private static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  /** {@return the empty byte sequence} */
  public static Bytes empty() {
    return EMPTY;
  }

  /**
   * Returns a {@code Bytes} holding a copy of {@code bytes}.
   *
   * @param bytes the bytes to copy
   * @return a new immutable value
   */
  public static Bytes of(byte... bytes) {
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /**
   * Returns a {@code Bytes} holding a copy of a range of {@code bytes}.
   *
   * @param bytes the array holding the bytes
   * @param offset the first byte to copy
   * @param length how many bytes to copy
   * @return a new immutable value
   */
  public static Bytes of(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    return new Bytes(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /**
   * Returns a {@code Bytes} holding the remaining bytes of a buffer; the buffer's position is not
   * changed.
   *
   * @param buffer the buffer to copy from
   * @return a new immutable value
   */
  public static Bytes of(ByteBuffer buffer) {
    byte[] copy = new byte[buffer.remaining()];
    buffer.duplicate().get(copy);
    return new Bytes(copy);
  }

  /**
   * Parses strict hex, with or without a {@code 0x} prefix. See {@link Hex#decode(CharSequence)}.
   *
   * @param hex the text to parse
   * @return the decoded bytes
   * @throws DecodingException if the text is not an even number of hex digits
   */
  public static Bytes fromHex(CharSequence hex) {
    return new Bytes(Hex.decode(hex));
  }

  /**
   * Takes ownership of {@code bytes} without copying. Only for arrays nobody else holds.
   *
   * @param bytes a freshly made array that no other code keeps a reference to
   * @return a value backed by {@code bytes}
   */
  static Bytes adopt(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Bytes(bytes);
  }

  /** {@return the number of bytes} */
  public int length() {
    return value.length;
  }

  /** {@return whether there are no bytes} */
  public boolean isEmpty() {
    return value.length == 0;
  }

  /**
   * Returns the byte at {@code index}.
   *
   * @param index a position from 0 to {@code length() - 1}
   * @return the byte there
   */
  public byte get(int index) {
    return value[index];
  }

  /** {@return a copy of the bytes} */
  public byte[] toByteArray() {
    return value.clone();
  }

  /**
   * Copies the bytes into {@code destination} at {@code offset}.
   *
   * @param destination the array to write into
   * @param offset where the first byte goes
   */
  public void copyTo(byte[] destination, int offset) {
    System.arraycopy(value, 0, destination, offset, value.length);
  }

  /** {@return a read-only view of the bytes} */
  public ByteBuffer asReadOnlyBuffer() {
    return ByteBuffer.wrap(value).asReadOnlyBuffer();
  }

  /**
   * Returns the bytes from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param from the first index
   * @param to one past the last index
   * @return a new value
   */
  public Bytes slice(int from, int to) {
    Objects.checkFromToIndex(from, to, value.length);
    return adopt(Arrays.copyOfRange(value, from, to));
  }

  /**
   * Returns these bytes followed by {@code others}.
   *
   * @param others the values to append, in order
   * @return a new value
   */
  public Bytes concat(Bytes... others) {
    int total = value.length;
    for (Bytes other : others) {
      total = Math.addExact(total, other.value.length);
    }
    byte[] out = Arrays.copyOf(value, total);
    int at = value.length;
    for (Bytes other : others) {
      System.arraycopy(other.value, 0, out, at, other.value.length);
      at += other.value.length;
    }
    return adopt(out);
  }

  /** {@return lowercase hex without a prefix} */
  public String toHex() {
    return Hex.encode(value);
  }

  /** {@return lowercase hex with a {@code 0x} prefix} */
  public String toPrefixedHex() {
    return "0x" + Hex.encode(value);
  }

  /**
   * Compares with another value in constant time (for equal lengths).
   *
   * @param other the value to compare with
   * @return true if both hold the same bytes
   */
  public boolean constantTimeEquals(Bytes other) {
    return MessageDigest.isEqual(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Bytes other && MessageDigest.isEqual(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** Compares unsigned, lexicographically; a proper prefix sorts first. */
  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  /** {@return {@code 0x}-prefixed lowercase hex} */
  @Override
  public String toString() {
    return toPrefixedHex();
  }
}
