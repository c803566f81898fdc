package io.depin.core.merkle.internal;

import java.util.List;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;

/**
 * A Solidity tuple type, written {@code (T1,T2,...)} as OpenZeppelin's merkle-tree (through
 * {@code @metamask/abi-utils}) writes it: a sequence of its components, dynamic if any component
 * is. Values are {@link List}s with one element per component.
 */
@SuppressWarnings("rawtypes") // web3j's encoder takes and returns the raw Type
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
  public Class<? extends Type> web3jClass() {
    return dynamic ? DynamicStruct.class : StaticStruct.class;
  }

  @Override
  public Type<?> toWeb3j(Object value) {
    List<Type> values = AbiType.toWeb3j(components, AbiType.asList(value, name, components.size()));
    return dynamic ? new DynamicStruct(values) : AbiType.staticSequence(values);
  }

  @Override
  public String toString() {
    return name;
  }
}
