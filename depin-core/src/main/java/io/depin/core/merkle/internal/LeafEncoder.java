package io.depin.core.merkle.internal;

import io.depin.core.hash.internal.Keccak256;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes leaf values as {@code abi.encode(values...)} and hashes them the OpenZeppelin way,
 * {@code keccak256(keccak256(encoding))}.
 *
 * <p>The columns are one ABI sequence: static values (address, uintN, intN, bool, bytesN,
 * function, and fixed arrays and tuples of them) are written in place into a reused buffer,
 * dynamic ones (string, bytes, {@code T[]}, and arrays or tuples holding them) are appended behind
 * the heads with offsets. Instances are immutable; the buffers live in {@link Scratch}, one per
 * thread.
 */
public final class LeafEncoder {
  private final List<AbiType> types;

  private LeafEncoder(List<AbiType> types) {
    this.types = types;
  }

  /**
   * Parses the Solidity type names of one leaf.
   *
   * @throws IllegalArgumentException if the list is empty or a name is unsupported; the message
   *     names the column
   */
  public static LeafEncoder of(List<String> typeNames) {
    if (typeNames.isEmpty()) {
      throw new IllegalArgumentException("a leaf encoding needs at least one Solidity type");
    }
    List<AbiType> parsed = new ArrayList<>(typeNames.size());
    for (int i = 0; i < typeNames.size(); i++) {
      try {
        parsed.add(AbiTypeParser.parse(typeNames.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("leaf encoding column " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new LeafEncoder(List.copyOf(parsed));
  }

  /** Returns the parsed types, in order. */
  public List<AbiType> types() {
    return types;
  }

  /** Per-thread buffers and Keccak engine for {@link #leafHash}. */
  public static final class Scratch {
    final Keccak256 keccak = new Keccak256();
    final AbiBuffer buffer = new AbiBuffer();

    /** Creates buffers for one thread. */
    public Scratch() {}
  }

  /**
   * Returns {@code abi.encode(values...)} of {@code row}.
   *
   * @throws IllegalArgumentException if the arity is wrong or a value does not fit its type; the
   *     message names the column and, inside arrays and tuples, the element
   */
  public byte[] encode(List<?> row) {
    AbiBuffer buffer = new AbiBuffer();
    write(row, buffer);
    return buffer.toByteArray();
  }

  /**
   * Writes {@code keccak256(keccak256(abi.encode(row)))} to {@code out} at {@code outOffset}.
   *
   * @throws IllegalArgumentException if the arity is wrong or a value does not fit its type
   */
  public void leafHash(List<?> row, Scratch scratch, byte[] out, int outOffset) {
    AbiBuffer buffer = scratch.buffer;
    write(row, buffer);
    scratch.keccak.hashTwice(buffer.array(), 0, buffer.size(), out, outOffset);
  }

  private void write(List<?> row, AbiBuffer buffer) {
    if (row.size() != types.size()) {
      throw new IllegalArgumentException(
          "expected " + types.size() + " values " + types + ", got " + row.size());
    }
    buffer.reset();
    try {
      AbiType.appendSequence(types, row, buffer);
    } catch (AbiValueException e) {
      throw new IllegalArgumentException("column " + e.columnMessage(), e);
    }
  }
}
