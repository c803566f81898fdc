package io.depin.devices;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.PublicKey;
import io.depin.core.hash.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The identifier of a maker (a device manufacturer): SHA-256 over a domain tag and the raw
 * encoding of the maker's public key.
 *
 * {@snippet :
 * MakerId maker = MakerId.of(makerKey.publicKey());
 * }
 *
 * @param value the 32-byte identifier
 * @since 0.1.0
 */
public record MakerId(Hash32 value) implements Comparable<MakerId> {
  private static final byte[] DOMAIN = "depin.maker-id.v1\0".getBytes(StandardCharsets.US_ASCII);

  /** Checks the value is present. */
  public MakerId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Derives the id of a maker from its public key.
   *
   * @param makerKey the maker's public key
   * @return the id
   */
  public static MakerId of(PublicKey makerKey) {
    byte[] raw = makerKey.toRaw();
    byte[] input = new byte[DOMAIN.length + 1 + raw.length];
    System.arraycopy(DOMAIN, 0, input, 0, DOMAIN.length);
    input[DOMAIN.length] = (byte) makerKey.keyType().code();
    System.arraycopy(raw, 0, input, DOMAIN.length + 1, raw.length);
    return new MakerId(HashAlgorithm.SHA_256.hash32(input));
  }

  /**
   * Parses the text form: {@code 0x} and 64 hex digits.
   *
   * @param text the text
   * @return the id
   * @throws DecodingException if the text is not 32 bytes of strict hex
   */
  public static MakerId parse(CharSequence text) {
    return new MakerId(Hash32.fromHex(text));
  }

  @Override
  public int compareTo(MakerId other) {
    return value.compareTo(other.value);
  }

  /** {@return the id as {@code 0x} and 64 lowercase hex digits} */
  @Override
  public String toString() {
    return value.toPrefixedHex();
  }
}
