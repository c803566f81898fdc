package io.depin.core.merkle.internal;

import java.util.Arrays;

/**
 * A growable byte array that an ABI encoding is written into: head words are reserved (zeroed)
 * and filled in place, tails are appended. One per thread; {@link #reset()} reuses the storage.
 */
public final class AbiBuffer {
  private byte[] bytes = new byte[256];
  private int size;

  /** Creates an empty buffer. */
  public AbiBuffer() {}

  /** Empties the buffer, keeping its storage. */
  public void reset() {
    size = 0;
  }

  /** Returns the number of bytes written. */
  public int size() {
    return size;
  }

  /** Returns the backing array; valid up to {@link #size()} and until the next reservation. */
  public byte[] array() {
    return bytes;
  }

  /** Returns a copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /**
   * Appends {@code n} zero bytes and returns the position of the first.
   *
   * @throws IllegalArgumentException if the encoding would exceed {@link Integer#MAX_VALUE} bytes
   */
  public int reserve(int n) {
    int start = size;
    int end;
    try {
      end = Math.addExact(size, n);
    } catch (ArithmeticException e) {
      throw new AbiValueException("the ABI encoding is too large");
    }
    if (end > bytes.length) {
      int capacity = Math.max(end, bytes.length <= Integer.MAX_VALUE / 2 ? bytes.length * 2 : Integer.MAX_VALUE - 8);
      bytes = Arrays.copyOf(bytes, capacity);
    }
    Arrays.fill(bytes, start, end, (byte) 0);
    size = end;
    return start;
  }

  /** Writes a non-negative {@code value} as a big-endian 32-byte word at {@code position}. */
  public void putWord(int position, long value) {
    Arrays.fill(bytes, position, position + 24, (byte) 0);
    for (int i = 0; i < 8; i++) {
      bytes[position + 31 - i] = (byte) (value >>> (8 * i));
    }
  }

  /** Appends a length word and {@code data}, zero-padded to a multiple of 32 bytes. */
  public void appendLengthPrefixed(byte[] data) {
    putWord(reserve(32), data.length);
    int padded = (data.length + 31) & ~31;
    if (padded < data.length) {
      throw new AbiValueException("the ABI encoding is too large");
    }
    int at = reserve(padded);
    System.arraycopy(data, 0, bytes, at, data.length);
  }
}
