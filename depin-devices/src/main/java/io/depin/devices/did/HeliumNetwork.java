package io.depin.devices.did;

/**
 * The Helium network a {@link HeliumKey} belongs to: the high nibble of the key's tag byte.
 *
 * {@snippet :
 * HeliumKey key = HeliumKey.of(hotspotKey.publicKey(), HeliumNetwork.TESTNET);
 * key.network();   // TESTNET
 * }
 *
 * @since 0.1.0
 */
public enum HeliumNetwork {
  /** Mainnet: tag high nibble {@code 0x0}. */
  MAINNET(0x00),
  /** Testnet: tag high nibble {@code 0x1}. */
  TESTNET(0x10);

  private final int tagBits;

  HeliumNetwork(int tagBits) {
    this.tagBits = tagBits;
  }

  /** {@return the bits this network sets in the tag byte: 0x00 or 0x10} */
  public int tagBits() {
    return tagBits;
  }
}
