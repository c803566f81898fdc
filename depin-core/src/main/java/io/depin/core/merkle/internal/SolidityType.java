package io.depin.core.merkle.internal;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.internal.Keccak256;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One scalar Solidity type: parses its name, checks Java values against it, writes the 32-byte ABI
 * word of static values and appends the tail of {@code bytes} and {@code string}.
 *
 * <p>Accepted Java values: {@code address}: a {@code 0x}-prefixed 40-digit hex {@link String}
 * (mixed case must be a valid EIP-55 checksum) or 20-byte {@link Bytes}; {@code uintN}/{@code
 * intN}: {@link BigInteger}, {@link Long}, {@link Integer}, {@link Short}, {@link Byte} or a
 * decimal or {@code 0x}-hex {@link String}; {@code bool}: {@link Boolean} or the {@link String}
 * {@code "true"} or {@code "false"}; {@code bytesN} and {@code function} (24 bytes): {@link Bytes}
 * or {@link Hash32} of exactly N bytes, or hex {@link String}; {@code bytes}: {@link Bytes} or hex
 * {@link String}; {@code string}: a {@link String} (well-formed UTF-16, encoded as UTF-8).
 */
public final class SolidityType implements AbiType {
  private enum Kind {
    ADDRESS,
    UINT,
    INT,
    BOOL,
    FIXED_BYTES,
    FUNCTION,
    BYTES,
    STRING
  }

  /** {@link #LETTER_CASE} bit of the hex letters a to f. */
  private static final int LOWER = 1;

  /** {@link #LETTER_CASE} bit of the hex letters A to F. */
  private static final int UPPER = 2;

  /** Value of each ASCII hex digit; -1 for every other character. */
  private static final byte[] HEX_VALUE = new byte[128];

  /** {@link #LOWER} or {@link #UPPER} for the ASCII hex letters; 0 for every other character. */
  private static final byte[] LETTER_CASE = new byte[128];

  static {
    Arrays.fill(HEX_VALUE, (byte) -1);
    for (int d = 0; d < 10; d++) {
      HEX_VALUE['0' + d] = (byte) d;
    }
    for (int d = 0; d < 6; d++) {
      HEX_VALUE['a' + d] = (byte) (10 + d);
      HEX_VALUE['A' + d] = (byte) (10 + d);
      LETTER_CASE['a' + d] = LOWER;
      LETTER_CASE['A' + d] = UPPER;
    }
  }

  private final String name;
  private final Kind kind;
  private final int size;

  private SolidityType(String name, Kind kind, int size) {
    this.name = name;
    this.kind = kind;
    this.size = size;
  }

  /**
   * Parses a type name such as {@code address}, {@code uint256}, {@code int8}, {@code bytes32},
   * {@code bool}, {@code string}, {@code bytes} or {@code function}; {@code uint}/{@code int} mean
   * 256 bits.
   *
   * @throws IllegalArgumentException for any other name (arrays and tuples are parsed by {@link
   *     AbiTypeParser})
   */
  public static SolidityType parse(String name) {
    switch (name) {
      case "address":
        return new SolidityType(name, Kind.ADDRESS, 20);
      case "bool":
        return new SolidityType(name, Kind.BOOL, 1);
      case "string":
        return new SolidityType(name, Kind.STRING, 0);
      case "bytes":
        return new SolidityType(name, Kind.BYTES, 0);
      case "function":
        return new SolidityType(name, Kind.FUNCTION, 24);
      case "uint":
        return new SolidityType("uint256", Kind.UINT, 256);
      case "int":
        return new SolidityType("int256", Kind.INT, 256);
      default:
        break;
    }
    if (name.startsWith("uint")) {
      return new SolidityType(name, Kind.UINT, bits(name, 4));
    }
    if (name.startsWith("int")) {
      return new SolidityType(name, Kind.INT, bits(name, 3));
    }
    if (name.startsWith("bytes")) {
      int n = number(name, 5);
      if (n >= 1 && n <= 32) {
        return new SolidityType(name, Kind.FIXED_BYTES, n);
      }
    }
    throw unsupported(name);
  }

  private static int bits(String name, int from) {
    int n = number(name, from);
    if (n < 8 || n > 256 || n % 8 != 0) {
      throw unsupported(name);
    }
    return n;
  }

  private static int number(String name, int from) {
    String digits = name.substring(from);
    if (digits.isEmpty() || digits.length() > 3 || digits.charAt(0) == '0') {
      throw unsupported(name);
    }
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw unsupported(name);
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static IllegalArgumentException unsupported(String name) {
    return new IllegalArgumentException(
        "unsupported Solidity type '"
            + shorten(name)
            + "'; supported: address, bool, string, bytes, function, bytes1..bytes32, uint8..uint256,"
            + " int8..int256, T[], T[k] and tuples (T1,T2,...)");
  }

  /** Returns the canonical type name ({@code uint} becomes {@code uint256}). */
  public String name() {
    return name;
  }

  /** Returns whether the ABI encodes this type in the tail ({@code string} and {@code bytes}). */
  @Override
  public boolean isDynamic() {
    return kind == Kind.STRING || kind == Kind.BYTES;
  }

  @Override
  public int headSize() {
    return 32;
  }

  @Override
  public void writeStatic(Object value, AbiBuffer out, int position) {
    writeStatic(value, out.array(), position);
  }

  @Override
  public void appendDynamic(Object value, AbiBuffer out) {
    switch (kind) {
      case STRING -> out.appendLengthPrefixed(utf8(value));
      case BYTES -> out.appendLengthPrefixed(asBytes(value));
      default -> throw new IllegalStateException(name + " is static");
    }
  }

  private byte[] utf8(Object value) {
    String s = asString(value);
    try {
      ByteBuffer encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(s));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw mismatch(value, "well-formed text (it has an unpaired surrogate)");
    }
  }

  /**
   * Checks {@code value} and writes its 32-byte ABI word at {@code out[offset]}; static types only.
   *
   * @throws AbiValueException if the value does not fit this type
   */
  public void writeStatic(Object value, byte[] out, int offset) {
    switch (kind) {
      case ADDRESS -> writeAddress(value, out, offset);
      case UINT, INT -> writeInteger(toBigIntegerOrWriteLong(value, out, offset), out, offset);
      case BOOL -> {
        Arrays.fill(out, offset, offset + 31, (byte) 0);
        out[offset + 31] = (byte) (asBoolean(value) ? 1 : 0);
      }
      case FIXED_BYTES, FUNCTION -> {
        byte[] b = asBytes(value);
        if (b.length != size) {
          throw mismatch(value, size + " bytes, not " + b.length);
        }
        System.arraycopy(b, 0, out, offset, size);
        Arrays.fill(out, offset + size, offset + 32, (byte) 0);
      }
      default -> throw new IllegalStateException(name + " is dynamic");
    }
  }

  private void writeAddress(Object value, byte[] out, int offset) {
    Arrays.fill(out, offset, offset + 12, (byte) 0);
    if (value instanceof Bytes b) {
      if (b.length() != 20) {
        throw mismatch(value, "20 bytes, not " + b.length());
      }
      b.copyTo(out, offset + 12);
      return;
    }
    if (!(value instanceof String s)) {
      throw wrongClass(value, "a 0x-prefixed hex String or 20-byte Bytes");
    }
    if (s.length() != 42 || s.charAt(0) != '0' || s.charAt(1) != 'x') {
      throw mismatch(value, "0x followed by 40 hex digits");
    }
    // Table lookups instead of per-character range tests: address digits are random, so branches
    // on them mispredict about half the time (this loop was a quarter of a leaf's cost).
    int invalid = 0;
    int letterCases = 0;
    for (int i = 0; i < 20; i++) {
      char hi = s.charAt(2 + 2 * i);
      char lo = s.charAt(3 + 2 * i);
      invalid |= (hi | lo) & ~0x7F;
      int h = HEX_VALUE[hi & 0x7F];
      int l = HEX_VALUE[lo & 0x7F];
      invalid |= (h | l) & ~0xF;
      letterCases |= LETTER_CASE[hi & 0x7F] | LETTER_CASE[lo & 0x7F];
      out[offset + 12 + i] = (byte) ((h << 4) | l);
    }
    if (invalid != 0) {
      throw mismatch(value, "0x followed by 40 hex digits");
    }
    if (letterCases == (LOWER | UPPER)) {
      checkChecksum(s);
    }
  }

  private static void checkChecksum(String address) {
    byte[] ascii = address.substring(2).toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    byte[] hash = new byte[32];
    new Keccak256().hash(ascii, 0, ascii.length, hash, 0);
    for (int i = 0; i < 40; i++) {
      char c = address.charAt(2 + i);
      int nib = (hash[i >> 1] >> ((i & 1) == 0 ? 4 : 0)) & 0xF;
      boolean wantUpper = nib >= 8;
      if (Character.isLetter(c) && (Character.isUpperCase(c) != wantUpper)) {
        throw new AbiValueException(
            "address " + address + " has a mixed-case EIP-55 checksum that does not match");
      }
    }
  }

  /** Writes longs directly and returns null; returns other integers as a BigInteger. */
  private @org.jspecify.annotations.Nullable BigInteger toBigIntegerOrWriteLong(
      Object value, byte[] out, int offset) {
    long v;
    if (value instanceof Long l) {
      v = l;
    } else if (value instanceof Integer i) {
      v = i;
    } else if (value instanceof Short s) {
      v = s;
    } else if (value instanceof Byte b) {
      v = b;
    } else if (value instanceof BigInteger b) {
      return b;
    } else if (value instanceof String s) {
      return parseInteger(s);
    } else {
      throw wrongClass(value, "a BigInteger, long, int or decimal/0x-hex String");
    }
    if (size < 64 || (kind == Kind.UINT && v < 0)) {
      return BigInteger.valueOf(v);
    }
    byte fill = v < 0 ? (byte) 0xFF : 0;
    Arrays.fill(out, offset, offset + 24, fill);
    for (int i = 0; i < 8; i++) {
      out[offset + 31 - i] = (byte) (v >>> (8 * i));
    }
    return null;
  }

  private BigInteger parseInteger(String s) {
    try {
      boolean negative = s.startsWith("-");
      String body = negative ? s.substring(1) : s;
      BigInteger magnitude;
      if (!negative && body.startsWith("0x") && body.length() > 2 && body.length() <= 66) {
        magnitude = new BigInteger(body.substring(2), 16);
      } else if (!body.isEmpty() && body.length() <= 80 && body.chars().allMatch(c -> c >= '0' && c <= '9')) {
        magnitude = new BigInteger(body);
      } else {
        throw mismatch(s, "a decimal integer or a non-negative 0x-hex integer");
      }
      return negative ? magnitude.negate() : magnitude;
    } catch (NumberFormatException e) {
      throw mismatch(s, "a decimal or 0x-hex integer");
    }
  }

  private void writeInteger(@org.jspecify.annotations.Nullable BigInteger v, byte[] out, int offset) {
    if (v == null) {
      return;
    }
    if (kind == Kind.UINT ? v.signum() < 0 || v.bitLength() > size : v.bitLength() > size - 1) {
      String range =
          kind == Kind.UINT
              ? "0 to 2^" + size + "-1"
              : "-2^" + (size - 1) + " to 2^" + (size - 1) + "-1";
      throw new AbiValueException(
          "value " + shorten(v.toString()) + " is out of range for " + name + " (" + range + ")");
    }
    byte[] b = v.toByteArray();
    int n = Math.min(b.length, 32);
    Arrays.fill(out, offset, offset + 32 - n, v.signum() < 0 ? (byte) 0xFF : 0);
    System.arraycopy(b, b.length - n, out, offset + 32 - n, n);
  }

  private boolean asBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return s.equals("true");
    }
    throw wrongClass(value, "a Boolean or the String \"true\" or \"false\"");
  }

  private String asString(Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw wrongClass(value, "a String");
  }

  private byte[] asBytes(Object value) {
    if (value instanceof Bytes b) {
      return b.toByteArray();
    }
    if (value instanceof Hash32 h) {
      return h.toByteArray();
    }
    if (value instanceof String s) {
      if (!s.startsWith("0x")) {
        throw mismatch(value, "0x-prefixed hex");
      }
      try {
        return Bytes.fromHex(s).toByteArray();
      } catch (IllegalArgumentException e) {
        throw mismatch(value, "0x-prefixed hex with an even number of digits");
      }
    }
    throw wrongClass(value, "Bytes, Hash32 or a 0x-prefixed hex String");
  }

  private AbiValueException mismatch(Object value, String expected) {
    return new AbiValueException(
        "bad " + name + " value '" + shorten(String.valueOf(value)) + "': expected " + expected);
  }

  private AbiValueException wrongClass(Object value, String expected) {
    return new AbiValueException(
        name + " value must be " + expected + ", not a " + value.getClass().getSimpleName());
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  @Override
  public String toString() {
    return name;
  }
}
