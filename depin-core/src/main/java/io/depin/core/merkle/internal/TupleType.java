package io.depin.core.merkle.internal;

import java.util.List;

/**
 * A Solidity tuple type, written {@code (T1,T2,...)} as OpenZeppelin's merkle-tree (through
 * {@code @metamask/abi-utils}) writes it: a sequence of its components, dynamic if any component
 * is. Values are {@link List}s with one element per component.
 */
public final class TupleType implements AbiType {
  private final String name;
  private final List<AbiType> components;
  private final boolean dynamic;
  private final int headSize;

  /**
   * Creates a tuple type.
   *
   * @param name the type as written, for messages
   * @param components at least one component
   * @throws IllegalArgumentException if a static tuple would take more than {@code maxStaticSize} bytes
   */
  TupleType(String name, List<AbiType> components, int maxStaticSize) {
    this.name = name;
    this.components = List.copyOf(components);
    this.dynamic = components.stream().anyMatch(AbiType::isDynamic);
    if (dynamic) {
      headSize = 32;
    } else {
      long size = 0;
      for (AbiType c : components) {
        size += c.headSize();
      }
      if (size > maxStaticSize) {
        throw new IllegalArgumentException(
            "Solidity type '" + name + "' is too large (" + size + " bytes; at most " + maxStaticSize + ")");
      }
      headSize = (int) size;
    }
  }

  /** Returns the component types. */
  public List<AbiType> components() {
    return components;
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
    List<?> list = AbiType.asList(value, name, components.size());
    int at = position;
    for (int i = 0; i < components.size(); i++) {
      AbiType c = components.get(i);
      try {
        Object v = list.get(i);
        if (v == null) {
          throw new AbiValueException("value is null");
        }
        c.writeStatic(v, out, at);
      } catch (AbiValueException e) {
        throw e.within(i);
      }
      at += c.headSize();
    }
  }

  @Override
  public void appendDynamic(Object value, AbiBuffer out) {
    AbiType.appendSequence(components, AbiType.asList(value, name, components.size()), out);
  }

  @Override
  public String toString() {
    return name;
  }
}
