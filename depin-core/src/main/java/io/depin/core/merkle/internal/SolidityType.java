package io.depin.core.merkle.internal;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.internal.Keccak256;
import java.math.BigInteger;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Int;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Uint;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes24;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * One scalar Solidity type: parses its name, checks Java values against it and turns them into the
 * web3j value that web3j's ABI encoder writes.
 *
 * <p>Accepted Java values: {@code address}: a {@code 0x}-prefixed 40-digit hex {@link String}
 * (mixed case must be a valid EIP-55 checksum) or 20-byte {@link Bytes}; {@code uintN}/{@code
 * intN}: {@link BigInteger}, {@link Long}, {@link Integer}, {@link Short}, {@link Byte} or a
 * decimal or {@code 0x}-hex {@link String}; {@code bool}: {@link Boolean} or the {@link String}
 * {@code "true"} or {@code "false"}; {@code bytesN} and {@code function} (24 bytes): {@link Bytes}
 * or {@link Hash32} of exactly N bytes, or hex {@link String}; {@code bytes}: {@link Bytes} or hex
 * {@link String}; {@code string}: a {@link String} (well-formed UTF-16, encoded as UTF-8).
 */
@SuppressWarnings("rawtypes") // web3j's encoder takes and returns the raw Type
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
    SolidityType named =
        switch (name) {
          case "address" -> new SolidityType(name, Kind.ADDRESS, 20);
          case "bool" -> new SolidityType(name, Kind.BOOL, 1);
          case "string" -> new SolidityType(name, Kind.STRING, 0);
          case "bytes" -> new SolidityType(name, Kind.BYTES, 0);
          case "function" -> new SolidityType(name, Kind.FUNCTION, 24);
          case "uint" -> new SolidityType("uint256", Kind.UINT, 256);
          case "int" -> new SolidityType("int256", Kind.INT, 256);
          default -> null;
        };
    if (named != null) {
      return named;
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
  public Class<? extends Type> web3jClass() {
    return switch (kind) {
      case ADDRESS -> Address.class;
      case UINT -> Uint.class;
      case INT -> Int.class;
      case BOOL -> Bool.class;
      case FIXED_BYTES -> org.web3j.abi.datatypes.Bytes.class;
      case FUNCTION -> Bytes24.class;
      case BYTES -> DynamicBytes.class;
      case STRING -> Utf8String.class;
    };
  }

  @Override
  public Type<?> toWeb3j(Object value) {
    return switch (kind) {
      case ADDRESS -> new Address(new BigInteger(1, addressBytes(value)));
      case UINT -> size == 256 ? new Uint256(checkedInteger(value)) : new Uint(size, checkedInteger(value)) {};
      case INT -> new Int(size, checkedInteger(value)) {};
      case BOOL -> new Bool(asBoolean(value));
      case FIXED_BYTES -> new org.web3j.abi.datatypes.Bytes(size, fixedBytes(value)) {};
      // web3j has no type for the 24-byte external function pointer; the ABI encodes it exactly
      // as bytes24 (address then selector, left-aligned), so web3j's Bytes24 writes it.
      case FUNCTION -> new Bytes24(fixedBytes(value));
      case BYTES -> new DynamicBytes(asBytes(value));
      case STRING -> new Utf8String(wellFormed(value));
    };
  }

  /**
   * Returns {@code value} as a string web3j encodes to the intended UTF-8: web3j calls {@link
   * String#getBytes}, which would silently replace an unpaired surrogate with {@code ?}.
   */
  private String wellFormed(Object value) {
    String s = asString(value);
    try {
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(s));
      return s;
    } catch (CharacterCodingException e) {
      throw mismatch(value, "well-formed text (it has an unpaired surrogate)");
    }
  }

  private byte[] fixedBytes(Object value) {
    byte[] b = asBytes(value);
    if (b.length != size) {
      throw mismatch(value, size + " bytes, not " + b.length);
    }
    return b;
  }

  private byte[] addressBytes(Object value) {
    if (value instanceof Bytes b) {
      if (b.length() != 20) {
        throw mismatch(value, "20 bytes, not " + b.length());
      }
      return b.toByteArray();
    }
    if (!(value instanceof String s)) {
      throw wrongClass(value, "a 0x-prefixed hex String or 20-byte Bytes");
    }
    if (s.length() != 42 || s.charAt(0) != '0' || s.charAt(1) != 'x') {
      throw mismatch(value, "0x followed by 40 hex digits");
    }
    // Table lookups instead of per-character range tests: address digits are random, so branches
    // on them mispredict about half the time (this loop was a quarter of a leaf's cost).
    byte[] out = new byte[20];
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
      out[i] = (byte) ((h << 4) | l);
    }
    if (invalid != 0) {
      throw mismatch(value, "0x followed by 40 hex digits");
    }
    if (letterCases == (LOWER | UPPER)) {
      checkChecksum(s);
    }
    return out;
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

  /** Returns {@code value} as an integer in this type's range. */
  private BigInteger checkedInteger(Object value) {
    BigInteger v;
    if (value instanceof BigInteger b) {
      v = b;
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      v = BigInteger.valueOf(((Number) value).longValue());
    } else if (value instanceof String s) {
      v = parseInteger(s);
    } else {
      throw wrongClass(value, "a BigInteger, long, int or decimal/0x-hex String");
    }
    if (kind == Kind.UINT ? v.signum() < 0 || v.bitLength() > size : v.bitLength() > size - 1) {
      String range =
          kind == Kind.UINT
              ? "0 to 2^" + size + "-1"
              : "-2^" + (size - 1) + " to 2^" + (size - 1) + "-1";
      throw new AbiValueException(
          "value " + shorten(v.toString()) + " is out of range for " + name + " (" + range + ")");
    }
    return v;
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
