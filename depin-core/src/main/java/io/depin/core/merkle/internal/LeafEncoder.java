package io.depin.core.merkle.internal;

import io.depin.core.bytes.Hex;
import io.depin.core.hash.internal.Keccak256;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Type;

/**
 * Encodes leaf values as {@code abi.encode(values...)} and hashes them the OpenZeppelin way,
 * {@code keccak256(keccak256(encoding))}.
 *
 * <p>Rows of static types only (address, uintN, intN, bool, bytesN) are written word by word
 * into a reused buffer; rows with a {@code string} or {@code bytes} go through web3j's ABI
 * encoder. Both paths are tested to give the same bytes. Instances are immutable; the buffers
 * live in {@link Scratch}, one per thread.
 */
public final class LeafEncoder {
  private final List<SolidityType> types;
  private final boolean allStatic;

  private LeafEncoder(List<SolidityType> types) {
    this.types = types;
    this.allStatic = types.stream().noneMatch(SolidityType::isDynamic);
  }

  /**
   * Parses the Solidity type names of one leaf.
   *
   * @throws IllegalArgumentException if the list is empty or a name is unsupported
   */
  public static LeafEncoder of(List<String> typeNames) {
    if (typeNames.isEmpty()) {
      throw new IllegalArgumentException("a leaf encoding needs at least one Solidity type");
    }
    List<SolidityType> parsed = new ArrayList<>(typeNames.size());
    for (String name : typeNames) {
      parsed.add(SolidityType.parse(name));
    }
    return new LeafEncoder(List.copyOf(parsed));
  }

  /** Returns the parsed types, in order. */
  public List<SolidityType> types() {
    return types;
  }

  /** Per-thread buffers and Keccak engine for {@link #leafHash}. */
  public static final class Scratch {
    final Keccak256 keccak = new Keccak256();
    byte[] encoding = new byte[0];

    /** Creates buffers for one thread. */
    public Scratch() {}
  }

  /**
   * Returns {@code abi.encode(values...)} of {@code row}.
   *
   * @throws IllegalArgumentException if the arity is wrong or a value does not fit its type
   */
  public byte[] encode(List<?> row) {
    checkArity(row);
    if (!allStatic) {
      return encodeWithWeb3j(row);
    }
    byte[] out = new byte[32 * types.size()];
    writeStatic(row, out);
    return out;
  }

  /**
   * Encodes {@code row} with web3j's ABI encoder, whatever the types (the reference for the fast
   * path).
   *
   * @throws IllegalArgumentException if the arity is wrong or a value does not fit its type
   */
  @SuppressWarnings("rawtypes") // web3j's FunctionEncoder takes a List of the raw Type
  public byte[] encodeWithWeb3j(List<?> row) {
    checkArity(row);
    List<Type> params = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      try {
        params.add(types.get(i).toWeb3j(value(row, i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return Hex.decode(FunctionEncoder.encodeConstructor(params));
  }

  /**
   * Writes {@code keccak256(keccak256(abi.encode(row)))} to {@code out} at {@code outOffset}.
   *
   * @throws IllegalArgumentException if the arity is wrong or a value does not fit its type
   */
  public void leafHash(List<?> row, Scratch scratch, byte[] out, int outOffset) {
    byte[] encoding;
    int length;
    if (allStatic) {
      checkArity(row);
      length = 32 * types.size();
      if (scratch.encoding.length < length) {
        scratch.encoding = new byte[length];
      }
      encoding = scratch.encoding;
      writeStatic(row, encoding);
    } else {
      encoding = encodeWithWeb3j(row);
      length = encoding.length;
    }
    scratch.keccak.hashTwice(encoding, 0, length, out, outOffset);
  }

  private void writeStatic(List<?> row, byte[] out) {
    for (int i = 0; i < types.size(); i++) {
      SolidityType type = types.get(i);
      try {
        type.writeStatic(value(row, i), out, 32 * i);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
  }

  private static Object value(List<?> row, int i) {
    Object v = row.get(i);
    if (v == null) {
      throw new IllegalArgumentException("value is null");
    }
    return v;
  }

  private void checkArity(List<?> row) {
    if (row.size() != types.size()) {
      throw new IllegalArgumentException(
          "expected " + types.size() + " values " + types + ", got " + row.size());
    }
  }
}
