package io.depin.core.merkle.internal;

import io.depin.core.hash.internal.Keccak256;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Type;

/**
 * Encodes leaf values as {@code abi.encode(values...)} and hashes them the OpenZeppelin way,
 * {@code keccak256(keccak256(encoding))}.
 *
 * <p>The values are checked against the parsed types (with messages that point into nested arrays
 * and tuples) and converted to web3j values; web3j's ABI encoder writes the bytes, the columns
 * being its parameter list. Rows of static scalars only (address, uintN, intN, bool, bytesN,
 * function), such as the usual (address, uint256) claims, take a shorter path in {@link #leafHash}:
 * such an encoding is the columns' 32-byte words one after the other, so web3j's {@link
 * TypeEncoder} encodes each column into its slot of a reused buffer, without the parameter-list
 * encoder's bookkeeping and concatenated hex (which made it several times slower). Both paths are
 * tested to give the same bytes. Instances are immutable; the buffer and the Keccak engine live in
 * {@link Scratch}, one per thread.
 */
@SuppressWarnings("rawtypes") // web3j's encoder takes and returns the raw Type
public final class LeafEncoder {
  /**
   * Decodes web3j's output, which is well-formed hex by construction. The JDK's decoder, being about
   * four times faster than {@link io.depin.core.bytes.Hex}'s strict one, which checks untrusted text.
   */
  private static final HexFormat HEX = HexFormat.of();

  private final List<AbiType> types;
  private final boolean staticScalars;

  private LeafEncoder(List<AbiType> types) {
    this.types = types;
    this.staticScalars = types.stream().allMatch(t -> t instanceof SolidityType && !t.isDynamic());
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

  /** Per-thread buffer and Keccak engine for {@link #leafHash}. */
  public static final class Scratch {
    final Keccak256 keccak = new Keccak256();
    byte[] words = new byte[0];

    /** Creates the state for one thread. */
    public Scratch() {}
  }

  /**
   * Returns {@code abi.encode(values...)} of {@code row}, written by web3j's parameter-list encoder
   * whatever the types.
   *
   * @throws IllegalArgumentException if the arity is wrong or a value does not fit its type; the
   *     message names the column and, inside arrays and tuples, the element
   */
  public byte[] encode(List<?> row) {
    checkArity(row);
    List<Type> params;
    try {
      params = AbiType.toWeb3j(types, row);
    } catch (AbiValueException e) {
      throw columnProblem(e);
    }
    return HEX.parseHex(FunctionEncoder.encodeConstructor(params));
  }

  /**
   * Writes {@code keccak256(keccak256(abi.encode(row)))} to {@code out} at {@code outOffset}.
   *
   * @throws IllegalArgumentException if the arity is wrong or a value does not fit its type
   */
  public void leafHash(List<?> row, Scratch scratch, byte[] out, int outOffset) {
    if (!staticScalars) {
      byte[] encoding = encode(row);
      scratch.keccak.hashTwice(encoding, 0, encoding.length, out, outOffset);
      return;
    }
    checkArity(row);
    int length = 32 * types.size();
    if (scratch.words.length < length) {
      scratch.words = new byte[length];
    }
    for (int i = 0; i < types.size(); i++) {
      Type<?> value;
      try {
        value = AbiType.toWeb3j(types.get(i), row.get(i), i);
      } catch (AbiValueException e) {
        throw columnProblem(e);
      }
      byte[] word = HEX.parseHex(TypeEncoder.encode(value));
      System.arraycopy(word, 0, scratch.words, 32 * i, 32);
    }
    scratch.keccak.hashTwice(scratch.words, 0, length, out, outOffset);
  }

  private void checkArity(List<?> row) {
    if (row.size() != types.size()) {
      throw new IllegalArgumentException(
          "expected " + types.size() + " values " + types + ", got " + row.size());
    }
  }

  private static IllegalArgumentException columnProblem(AbiValueException e) {
    return new IllegalArgumentException("column " + e.columnMessage(), e);
  }
}
