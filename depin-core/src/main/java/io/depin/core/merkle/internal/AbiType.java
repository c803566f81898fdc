package io.depin.core.merkle.internal;

import java.util.List;

/**
 * A Solidity ABI type: a scalar ({@link SolidityType}), an array ({@link ArrayType}) or a tuple
 * ({@link TupleType}), encoded as Solidity's {@code abi.encode} does. A static type is written in
 * place in the head of its enclosing sequence; a dynamic one ({@code bytes}, {@code string},
 * {@code T[]}, and arrays or tuples holding a dynamic type) is appended to the tail and referred
 * to by an offset.
 */
public sealed interface AbiType permits SolidityType, ArrayType, TupleType {
  /** Returns whether the type is encoded in the tail. */
  boolean isDynamic();

  /** Returns the bytes the type takes in the head: its encoding if static, 32 (an offset) if dynamic. */
  int headSize();

  /**
   * Checks {@code value} and writes its encoding at {@code position}, in space already reserved;
   * static types only.
   *
   * @throws AbiValueException if the value does not fit
   */
  void writeStatic(Object value, AbiBuffer out, int position);

  /**
   * Checks {@code value} and appends its encoding; dynamic types only.
   *
   * @throws AbiValueException if the value does not fit
   */
  void appendDynamic(Object value, AbiBuffer out);

  /**
   * Appends the encoding of a sequence (the columns of a leaf, a tuple, or an array's elements):
   * the heads, each static value in place and an offset from the sequence start for each dynamic
   * one, then the tails in order.
   *
   * @throws AbiValueException naming the index of the element that does not fit
   */
  static void appendSequence(List<? extends AbiType> types, List<?> values, AbiBuffer out) {
    int headSize = 0;
    for (AbiType type : types) {
      headSize = addSize(headSize, type.headSize());
    }
    int start = out.reserve(headSize);
    int position = start;
    for (int i = 0; i < types.size(); i++) {
      AbiType type = types.get(i);
      try {
        Object value = values.get(i);
        if (value == null) {
          throw new AbiValueException("value is null");
        }
        if (type.isDynamic()) {
          out.putWord(position, out.size() - start);
          type.appendDynamic(value, out);
        } else {
          type.writeStatic(value, out, position);
        }
      } catch (AbiValueException e) {
        throw e.within(i);
      }
      position += type.headSize();
    }
  }

  /** Returns {@code a + b}, rejecting an encoding that would not fit in an array. */
  static int addSize(int a, int b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new AbiValueException("the ABI encoding is too large");
    }
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
