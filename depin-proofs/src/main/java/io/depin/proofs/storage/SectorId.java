package io.depin.proofs.storage;

import io.depin.core.bytes.Hash32;
import java.util.Objects;

/**
 * The identifier of a sector: 32 bytes, chosen by the network or the device (for example the hash
 * of a storage deal). Challenge derivation hashes exactly these 32 bytes.
 *
 * {@snippet :
 * SectorId id = SectorId.of(HashAlgorithm.SHA_256.hash32(dealBytes));
 * SectorId parsed = SectorId.fromHex("0x" + "ab".repeat(32));
 * }
 *
 * @param value the 32 bytes
 * @since 0.1.0
 */
public record SectorId(Hash32 value) {
  /** Checks that the value is not null. */
  public SectorId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the sector id with these bytes.
   *
   * @param value the 32 bytes
   * @return the id
   */
  public static SectorId of(Hash32 value) {
    return new SectorId(value);
  }

  /**
   * Parses 64 hex digits, with or without {@code 0x}.
   *
   * @param hex the hex text
   * @return the id
   * @throws io.depin.core.DecodingException if the text is not 32 bytes of hex
   */
  public static SectorId fromHex(CharSequence hex) {
    return new SectorId(Hash32.fromHex(hex));
  }

  /** {@return the id as {@code 0x} and 64 lower-case hex digits} */
  @Override
  public String toString() {
    return value.toPrefixedHex();
  }
}
