package io.depin.core.merkle.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;

/**
 * A Solidity ABI type: a scalar ({@link SolidityType}), an array ({@link ArrayType}) or a tuple
 * ({@link TupleType}). Each checks Java values against itself and turns them into web3j values, so
 * that web3j's ABI encoder produces Solidity's {@code abi.encode}. A static type is written in place
 * in the head of its enclosing sequence; a dynamic one ({@code bytes}, {@code string}, {@code T[]},
 * and arrays or tuples holding a dynamic type) is written in the tail and referred to by an offset.
 */
@SuppressWarnings("rawtypes") // web3j's encoder takes and returns the raw Type
public sealed interface AbiType permits SolidityType, ArrayType, TupleType {
  /**
   * The most elements web3j accepts in a {@code StaticArray} or {@code StaticStruct} (its {@code
   * StaticArray.MAX_SIZE_OF_STATIC_ARRAY}).
   */
  int WEB3J_MAX_STATIC_ELEMENTS = 32;

  /** Returns whether the type is encoded in the tail. */
  boolean isDynamic();

  /** Returns the bytes the type takes in the head: its encoding if static, 32 (an offset) if dynamic. */
  int headSize();

  /**
   * Returns the web3j class of the values {@link #toWeb3j} makes, which web3j wants as the element
   * class of a possibly empty {@code DynamicArray}.
   */
  Class<? extends Type> web3jClass();

  /**
   * Checks {@code value} and returns the web3j value whose ABI encoding is this type's encoding of it.
   *
   * @throws AbiValueException if the value does not fit
   */
  Type<?> toWeb3j(Object value);

  /**
   * Checks the values of a sequence (the columns of a leaf, a tuple, or an array's elements) and
   * converts each.
   *
   * @throws AbiValueException naming the index of the element that does not fit
   */
  static List<Type> toWeb3j(List<? extends AbiType> types, List<?> values) {
    List<Type> converted = new ArrayList<>(types.size());
    for (int i = 0; i < types.size(); i++) {
      converted.add(toWeb3j(types.get(i), values.get(i), i));
    }
    return converted;
  }

  /**
   * Checks element {@code index} of a sequence and converts it.
   *
   * @throws AbiValueException naming {@code index} if the value is null or does not fit
   */
  static Type<?> toWeb3j(AbiType type, @Nullable Object value, int index) {
    try {
      if (value == null) {
        throw new AbiValueException("value is null");
      }
      return type.toWeb3j(value);
    } catch (AbiValueException e) {
      throw e.within(index);
    }
  }

  /**
   * Returns a web3j value encoding the static values {@code parts} one after the other, as a static
   * tuple or fixed array of static elements is encoded.
   *
   * <p>A {@link StaticStruct} rather than a {@code StaticArray}, for two web3j limitations: the
   * parameter encoder sizes a top-level {@code StaticArray} of structs from the public fields of the
   * struct's class (none for a generic {@code StaticStruct}), and both refuse more than {@value
   * #WEB3J_MAX_STATIC_ELEMENTS} elements. A static encoding is the concatenation of its parts, so
   * longer sequences are split into nested groups of at most that many, which encode to the same
   * bytes.
   */
  static Type<?> staticSequence(List<Type> parts) {
    if (parts.size() <= WEB3J_MAX_STATIC_ELEMENTS) {
      return new StaticStruct(parts);
    }
    List<Type> groups = new ArrayList<>((parts.size() + WEB3J_MAX_STATIC_ELEMENTS - 1) / WEB3J_MAX_STATIC_ELEMENTS);
    for (int from = 0; from < parts.size(); from += WEB3J_MAX_STATIC_ELEMENTS) {
      groups.add(new StaticStruct(parts.subList(from, Math.min(parts.size(), from + WEB3J_MAX_STATIC_ELEMENTS))));
    }
    return staticSequence(groups);
  }

  /** Returns the list a value of an array or tuple type must be, with exactly {@code size} elements if not negative. */
  static List<?> asList(Object value, String typeName, int size) {
    if (!(value instanceof List<?> list)) {
      throw new AbiValueException(
          typeName + " value must be a List, not a " + value.getClass().getSimpleName());
    }
    if (size >= 0 && list.size() != size) {
      throw new AbiValueException(
          typeName + " value must have " + size + " elements, not " + list.size());
    }
    return list;
  }
}
