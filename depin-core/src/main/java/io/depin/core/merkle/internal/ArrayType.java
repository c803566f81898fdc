package io.depin.core.merkle.internal;

import java.util.Collections;
import java.util.List;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;

/**
 * A Solidity array type: {@code T[k]} (fixed length, encoded like a tuple of k {@code T}s,
 * static if {@code T} is) or {@code T[]} (always dynamic: a length word, then the elements as a
 * sequence). Values are {@link List}s.
 */
@SuppressWarnings("rawtypes") // web3j's encoder takes and returns the raw Type
public final class ArrayType implements AbiType {
  /** The length of {@code T[]}. */
  static final int DYNAMIC_LENGTH = -1;

  private final String name;
  private final AbiType element;
  private final int length;
  private final boolean dynamic;
  private final int headSize;

  /**
   * Creates an array type.
   *
   * @param name the type as written, for messages
   * @param element the element type
   * @param length the fixed length, at least 1, or {@link #DYNAMIC_LENGTH}
   * @throws IllegalArgumentException if a static array would take more than {@code maxStaticSize} bytes
   */
  ArrayType(String name, AbiType element, int length, int maxStaticSize) {
    this.name = name;
    this.element = element;
    this.length = length;
    this.dynamic = length == DYNAMIC_LENGTH || element.isDynamic();
    if (dynamic) {
      headSize = 32;
    } else {
      long size = (long) element.headSize() * length;
      if (size > maxStaticSize) {
        throw new IllegalArgumentException(
            "Solidity type '" + name + "' is too large (" + size + " bytes; at most " + maxStaticSize + ")");
      }
      headSize = (int) size;
    }
  }

  @Override
  public boolean isDynamic() {
    return dynamic;
  }

  @Override
  public int headSize() {
    return headSize;
  }

  @Override
  public Class<? extends Type> web3jClass() {
    if (length == DYNAMIC_LENGTH) {
      return DynamicArray.class;
    }
    return dynamic ? DynamicStruct.class : StaticStruct.class;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Type<?> toWeb3j(Object value) {
    List<?> list = AbiType.asList(value, name, length);
    List<Type> elements = AbiType.toWeb3j(Collections.nCopies(list.size(), element), list);
    if (length == DYNAMIC_LENGTH) {
      // The constructor taking the element class, because web3j cannot tell it from an empty list.
      return new DynamicArray<>((Class<Type>) element.web3jClass(), elements);
    }
    if (dynamic) {
      // T[k] of a dynamic T is encoded as the tuple (T,...,T): offsets, then the elements. web3j's
      // StaticArray writes dynamic elements other than structs in place without offsets, so the
      // tuple it is.
      return new DynamicStruct(elements);
    }
    return AbiType.staticSequence(elements);
  }

  @Override
  public String toString() {
    return name;
  }
}
