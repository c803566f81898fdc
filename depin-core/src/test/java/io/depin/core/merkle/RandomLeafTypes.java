package io.depin.core.merkle;

import io.depin.core.bytes.Bytes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small generator of Solidity leaf types and matching values for properties: scalars, arrays
 * (fixed and dynamic) and tuples nested up to two levels, values in several Java forms (native
 * and text). Deterministic for a given {@link SplittableRandom}.
 */
final class RandomLeafTypes {
  /** One generated type: its string and a way to draw values. */
  interface Gen {
    String type();

    Object value(SplittableRandom r);
  }

  private static final String[] SCALARS = {
    "address", "bool", "uint8", "uint256", "int16", "int256", "bytes1", "bytes32", "bytes", "string", "function"
  };

  private RandomLeafTypes() {}

  /** Returns a random leaf encoding of 1 to 3 columns. */
  static List<Gen> encoding(SplittableRandom r) {
    List<Gen> columns = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      columns.add(type(r, 0));
    }
    return columns;
  }

  static List<String> names(List<Gen> encoding) {
    return encoding.stream().map(Gen::type).toList();
  }

  static List<Object> row(List<Gen> encoding, SplittableRandom r) {
    List<Object> row = new ArrayList<>();
    for (Gen g : encoding) {
      row.add(g.value(r));
    }
    return row;
  }

  private static Gen type(SplittableRandom r, int depth) {
    int pick = depth >= 2 ? 0 : r.nextInt(5);
    if (pick == 3) {
      Gen element = type(r, depth + 1);
      boolean fixed = r.nextBoolean();
      int length = 1 + r.nextInt(3);
      String name = element.type() + (fixed ? "[" + length + "]" : "[]");
      return new Gen() {
        @Override
        public String type() {
          return name;
        }

        @Override

        public Object value(SplittableRandom rr) {
          int size = fixed ? length : rr.nextInt(4);
          List<Object> list = new ArrayList<>();
          for (int j = 0; j < size; j++) {
            list.add(element.value(rr));
          }
          return list;
        }
      };
    }
    if (pick == 4) {
      List<Gen> components = new ArrayList<>();
      int n = 1 + r.nextInt(3);
      for (int j = 0; j < n; j++) {
        components.add(type(r, depth + 1));
      }
      String name = "(" + String.join(",", names(components)) + ")";
      return new Gen() {
        @Override
        public String type() {
          return name;
        }

        @Override

        public Object value(SplittableRandom rr) {
          List<Object> list = new ArrayList<>();
          for (Gen c : components) {
            list.add(c.value(rr));
          }
          return list;
        }
      };
    }
    String scalar = SCALARS[r.nextInt(SCALARS.length)];
    return new Gen() {
      @Override
      public String type() {
        return scalar;
      }

      @Override

      public Object value(SplittableRandom rr) {
        return scalarValue(scalar, rr);
      }
    };
  }

  private static Object scalarValue(String type, SplittableRandom r) {
    boolean text = r.nextBoolean();
    return switch (type) {
      case "address" -> {
        Bytes b = bytes(r, 20);
        yield text ? b.toPrefixedHex() : b;
      }
      case "bool" -> text ? Boolean.toString(r.nextBoolean()) : r.nextBoolean();
      case "uint8" -> text ? Integer.toString(r.nextInt(256)) : r.nextInt(256);
      case "uint256" -> {
        BigInteger v = new BigInteger(256, new java.util.Random(r.nextLong()));
        yield text ? "0x" + v.toString(16) : v;
      }
      case "int16" ->
          text ? Integer.toString(r.nextInt(-32768, 32768)) : (short) r.nextInt(-32768, 32768);
      case "int256" -> {
        BigInteger v = new BigInteger(255, new java.util.Random(r.nextLong()));
        v = r.nextBoolean() ? v.negate().subtract(BigInteger.ONE) : v;
        yield text ? v.toString() : v;
      }
      case "bytes1" -> text ? bytes(r, 1).toPrefixedHex() : bytes(r, 1);
      case "bytes32" -> text ? bytes(r, 32).toPrefixedHex() : bytes(r, 32);
      case "bytes" -> text ? bytes(r, r.nextInt(70)).toPrefixedHex() : bytes(r, r.nextInt(70));
      case "function" -> bytes(r, 24);
      default -> {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
          sb.appendCodePoint(r.nextInt(4) == 0 ? 0x1F600 + r.nextInt(50) : 0x20 + r.nextInt(0x5F));
        }
        yield sb.toString();
      }
    };
  }

  private static Bytes bytes(SplittableRandom r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return Bytes.of(b);
  }
}
