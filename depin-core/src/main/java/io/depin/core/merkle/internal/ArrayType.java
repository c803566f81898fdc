package io.depin.core.merkle.internal;

import java.util.Collections;
import java.util.List;

/**
 * A Solidity array type: {@code T[k]} (fixed length, encoded like a tuple of k {@code T}s,
 * static if {@code T} is) or {@code T[]} (always dynamic: a length word, then the elements as a
 * sequence). Values are {@link List}s.
 */
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
  public void writeStatic(Object value, AbiBuffer out, int position) {
    List<?> list = AbiType.asList(value, name, length);
    int step = element.headSize();
    for (int j = 0; j < length; j++) {
      try {
        Object v = list.get(j);
        if (v == null) {
          throw new AbiValueException("value is null");
        }
        element.writeStatic(v, out, position + j * step);
      } catch (AbiValueException e) {
        throw e.within(j);
      }
    }
  }

  @Override
  public void appendDynamic(Object value, AbiBuffer out) {
    List<?> list = AbiType.asList(value, name, length);
    if (length == DYNAMIC_LENGTH) {
      out.putWord(out.reserve(32), list.size());
    }
    AbiType.appendSequence(Collections.nCopies(list.size(), element), list, out);
  }

  @Override
  public String toString() {
    return name;
  }
}
