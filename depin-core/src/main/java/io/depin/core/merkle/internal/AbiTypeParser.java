package io.depin.core.merkle.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Solidity ABI type strings as OpenZeppelin's merkle-tree 1.0.8 accepts them (it encodes
 * with {@code @metamask/abi-utils} 2.x): scalars ({@link SolidityType}), arrays {@code T[]} and
 * {@code T[k]} (the last bracket pair is the outermost array, so {@code uint256[][2]} is two
 * {@code uint256[]}s) and tuples {@code (T1,T2,...)}, whose components may be surrounded by
 * spaces.
 *
 * <p>Stricter than the JavaScript library where it would accept a type with no sensible
 * encoding: {@code T[0]}, lengths with leading zeros, empty tuple components. The {@code
 * tuple(...)} spelling of ethers' ABI coder is rejected, because OpenZeppelin 1.0.8 rejects it
 * and could not load a dump that used it. Limits: {@value #MAX_LENGTH} characters, nesting depth
 * {@value #MAX_DEPTH}, a static type of at most {@value #MAX_STATIC_SIZE} bytes.
 */
public final class AbiTypeParser {
  /** The longest type string accepted. */
  public static final int MAX_LENGTH = 4096;

  /** The deepest nesting of arrays and tuples accepted. */
  public static final int MAX_DEPTH = 32;

  /** The largest static type accepted, in encoded bytes. */
  public static final int MAX_STATIC_SIZE = 1 << 20;

  private AbiTypeParser() {}

  /**
   * Parses one type string.
   *
   * @throws IllegalArgumentException if it is not a type OpenZeppelin's merkle-tree accepts, or
   *     exceeds the limits
   */
  public static AbiType parse(String type) {
    if (type.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "Solidity type is longer than " + MAX_LENGTH + " characters");
    }
    return parse(type, 0);
  }

  private static AbiType parse(String type, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "Solidity type nests arrays and tuples deeper than " + MAX_DEPTH + " levels");
    }
    if (type.endsWith("]")) {
      int open = type.lastIndexOf('[');
      if (open <= 0) {
        throw unsupported(type, "unbalanced brackets");
      }
      String digits = type.substring(open + 1, type.length() - 1);
      AbiType element = parse(type.substring(0, open), depth + 1);
      return new ArrayType(type, element, arrayLength(type, digits), MAX_STATIC_SIZE);
    }
    if (type.startsWith("(") && type.endsWith(")")) {
      List<String> parts = components(type);
      List<AbiType> components = new ArrayList<>(parts.size());
      for (String part : parts) {
        components.add(parse(part, depth + 1));
      }
      return new TupleType(type, components, MAX_STATIC_SIZE);
    }
    if (type.startsWith("tuple(")) {
      throw unsupported(
          type, "OpenZeppelin's merkle-tree writes tuples as (T1,T2,...), without the word tuple");
    }
    return SolidityType.parse(type);
  }

  private static int arrayLength(String type, String digits) {
    if (digits.isEmpty()) {
      return ArrayType.DYNAMIC_LENGTH;
    }
    if (digits.length() > 7 || digits.charAt(0) == '0') {
      throw unsupported(type, "an array length must be 1 to 9999999, without leading zeros");
    }
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw unsupported(type, "an array length must be decimal digits");
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Splits {@code (a,b,...)} at the top-level commas and trims spaces around each component. */
  private static List<String> components(String type) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 1;
    for (int i = 1; i < type.length() - 1; i++) {
      char c = type.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw unsupported(type, "unbalanced parentheses");
        }
      } else if (c == ',' && depth == 0) {
        parts.add(component(type, start, i));
        start = i + 1;
      }
    }
    if (depth != 0) {
      throw unsupported(type, "unbalanced parentheses");
    }
    parts.add(component(type, start, type.length() - 1));
    return parts;
  }

  private static String component(String type, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && type.charAt(a) == ' ') {
      a++;
    }
    while (b > a && type.charAt(b - 1) == ' ') {
      b--;
    }
    if (a == b) {
      throw unsupported(type, "a tuple component is empty");
    }
    return type.substring(a, b);
  }

  private static IllegalArgumentException unsupported(String type, String why) {
    String shown = type.length() <= 80 ? type : type.substring(0, 77) + "...";
    return new IllegalArgumentException("unsupported Solidity type '" + shown + "': " + why);
  }
}
