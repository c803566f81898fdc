package io.depin.core.eth;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.hash.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Ethereum account address: 20 bytes, written with the EIP-55 mixed-case checksum.
 *
 * <p>{@link #parse(CharSequence)} is strict: {@code 0x} followed by exactly 40 hex digits. All
 * lowercase or all uppercase input carries no checksum and is accepted; mixed-case input must be
 * a correct EIP-55 checksum, otherwise it is rejected with {@link Reason#BAD_CHECKSUM} (a typo in
 * a checksummed address is caught rather than silently sending funds elsewhere).
 *
 * {@snippet :
 * EthAddress a = EthAddress.parse("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
 * a.toString();                                       // the EIP-55 form
 * EthAddress mine = EthAddress.fromPublicKey(key.publicKey());
 * }
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EthAddress implements Comparable<EthAddress> {
  /** The number of bytes in an address. */
  public static final int LENGTH = 20;

  private static final int TEXT_LENGTH = 2 + 2 * LENGTH;

  private final byte[] value;

  private EthAddress(byte[] value) {
    this.value = value;
  }

  /**
   * Returns the address held in {@code bytes}.
   *
   * @param bytes exactly 20 bytes; copied
   * @return the address
   * @throws DecodingException with {@link Reason#WRONG_LENGTH} for any other length
   */
  public static EthAddress of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "an Ethereum address has 20 bytes, not " + bytes.length);
    }
    return new EthAddress(bytes.clone());
  }

  /**
   * Parses {@code 0x} and 40 hex digits, validating the EIP-55 checksum of mixed-case input.
   *
   * @param text the address text
   * @return the address
   * @throws DecodingException if the text is not {@code 0x} + 40 hex digits ({@link
   *     Reason#WRONG_LENGTH}, {@link Reason#INVALID_CHARACTER}, {@link Reason#UNSUPPORTED_FORMAT}),
   *     or is mixed case with a wrong checksum ({@link Reason#BAD_CHECKSUM})
   */
  public static EthAddress parse(CharSequence text) {
    if (text.length() != TEXT_LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "an Ethereum address is 0x and 40 hex digits, not " + text.length() + " characters");
    }
    if (text.charAt(0) != '0' || text.charAt(1) != 'x') {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "an Ethereum address starts with 0x");
    }
    // Decode the whole text: Hex strips exactly one 0x, so a second one ("0x0x...") is rejected.
    byte[] bytes = Hex.decode(text, TEXT_LENGTH);
    EthAddress address = new EthAddress(bytes);
    boolean lower = false;
    boolean upper = false;
    for (int i = 2; i < TEXT_LENGTH; i++) {
      char c = text.charAt(i);
      lower |= c >= 'a' && c <= 'f';
      upper |= c >= 'A' && c <= 'F';
    }
    if (lower && upper && !address.toChecksumHex().contentEquals(text)) {
      throw new DecodingException(Reason.BAD_CHECKSUM, "Ethereum address has a wrong EIP-55 checksum");
    }
    return address;
  }

  /**
   * Derives the address of a secp256k1 key: the last 20 bytes of Keccak-256 of the 64-byte
   * uncompressed point {@code x || y}.
   *
   * @param key a SECP256K1 public key
   * @return its address
   * @throws IllegalArgumentException if the key is of another type
   */
  public static EthAddress fromPublicKey(PublicKey key) {
    if (key.keyType() != KeyType.SECP256K1) {
      throw new IllegalArgumentException("Ethereum addresses come from secp256k1 keys, not " + key.keyType());
    }
    byte[] point = key.toSec1Uncompressed();
    byte[] digest = HashAlgorithm.KECCAK_256.hash(Arrays.copyOfRange(point, 1, point.length));
    return new EthAddress(Arrays.copyOfRange(digest, digest.length - LENGTH, digest.length));
  }

  /** {@return a copy of the 20 bytes} */
  public byte[] toByteArray() {
    return value.clone();
  }

  /** {@return the 20 bytes} */
  public Bytes toBytes() {
    return Bytes.of(value);
  }

  /** {@return {@code 0x} and 40 lowercase hex digits} */
  public String toLowerHex() {
    return "0x" + Hex.encode(value);
  }

  /**
   * Returns the EIP-55 form: a hex letter is uppercase when the matching nibble of Keccak-256 of
   * the lowercase hex (without {@code 0x}) is 8 or more.
   *
   * @return {@code 0x} and 40 mixed-case hex digits
   */
  public String toChecksumHex() {
    String lower = Hex.encode(value);
    byte[] hash = HashAlgorithm.KECCAK_256.hash(lower.getBytes(StandardCharsets.US_ASCII));
    char[] out = new char[TEXT_LENGTH];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < 2 * LENGTH; i++) {
      char c = lower.charAt(i);
      int nibble = (hash[i / 2] >> ((i & 1) == 0 ? 4 : 0)) & 0x0f;
      out[2 + i] = c >= 'a' && nibble >= 8 ? (char) (c - 'a' + 'A') : c;
    }
    return new String(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EthAddress other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** Compares the 20 bytes unsigned, lexicographically. */
  @Override
  public int compareTo(EthAddress other) {
    Objects.requireNonNull(other, "other");
    return Arrays.compareUnsigned(value, other.value);
  }

  /** {@return the EIP-55 checksummed form} */
  @Override
  public String toString() {
    return toChecksumHex();
  }
}
