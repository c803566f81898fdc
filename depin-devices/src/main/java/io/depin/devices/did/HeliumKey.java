package io.depin.devices.did;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Base58Check;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Helium public key string, as hotspots and gateways are named on the Helium network.
 *
 * <p>The format, as implemented by Helium's {@code helium-crypto-rs} ({@code src/public_key.rs},
 * {@code src/keytype.rs}, {@code src/network.rs}, {@code src/ed25519/mod.rs}, {@code
 * src/ecc_compact/mod.rs}; Apache-2.0) and Erlang {@code libp2p_crypto}: Base58Check with version
 * byte {@code 0x00} over a tag byte followed by the key bytes. The tag's high nibble is the network
 * ({@link HeliumNetwork}: mainnet 0, testnet 1), its low nibble the key type:
 *
 * <ul>
 *   <li>{@code 0x01} Ed25519: the 32-byte RFC 8032 key;
 *   <li>{@code 0x00} "ecc_compact" P-256: the 32-byte big-endian {@code x} coordinate only. Of the
 *       two points with that {@code x}, the key is the one whose {@code y} is the smaller of {@code
 *       y} and {@code p - y} (the compact representation of Jivsov's draft-jivsov-ecc-compact), so
 *       only keys with {@code y <= p - y} have a Helium form.
 * </ul>
 *
 * <p>Helium also has secp256k1 and multisig key types; this class reads neither. Parsing is
 * strict: the version byte, a known tag, the exact length and a valid point.
 *
 * {@snippet :
 * HeliumKey key = HeliumKey.parse("14MRZY2jc2ABDq1faCCMmXrkm2PXY9UBRTP1j9PWnFTKnCb7Hyn");
 * PublicKey ed25519 = key.resolve();
 * HeliumKey again = HeliumKey.of(ed25519, HeliumNetwork.MAINNET);   // equals key
 * }
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HeliumKey {
  /** The longest text {@link #parse(CharSequence)} reads; a Helium key has 51 or 52 characters. */
  public static final int MAX_LENGTH = 64;

  private static final int VERSION = 0x00;
  private static final int TYPE_ECC_COMPACT = 0x00;
  private static final int TYPE_ED25519 = 0x01;
  private static final int KEY_LENGTH = 32;
  private static final BigInteger P256_FIELD =
      new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);

  private final PublicKey key;
  private final HeliumNetwork network;
  private final String text;

  private HeliumKey(PublicKey key, HeliumNetwork network, String text) {
    this.key = key;
    this.network = network;
    this.text = text;
  }

  /**
   * Returns whether a key has a Helium form: every Ed25519 key, and P-256 keys whose {@code y} is
   * the smaller of {@code y} and {@code p - y}.
   *
   * @param key the key
   * @return whether {@link #of(PublicKey, HeliumNetwork)} accepts it
   */
  public static boolean isSupported(PublicKey key) {
    return switch (key.keyType()) {
      case ED25519 -> true;
      case P256 -> isCompact(key);
      case SECP256K1 -> false;
    };
  }

  /**
   * Returns the Helium form of a key.
   *
   * @param key an Ed25519 key, or a P-256 key for which {@link #isSupported(PublicKey)} holds
   * @param network the network the key is for
   * @return the Helium key
   * @throws IllegalArgumentException if the key has no Helium form
   */
  public static HeliumKey of(PublicKey key, HeliumNetwork network) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(network, "network");
    if (!isSupported(key)) {
      throw new IllegalArgumentException(
          key.keyType() == KeyType.SECP256K1
              ? "secp256k1 keys have no Helium form here"
              : "this P-256 key is not compact (y > p - y) and has no Helium form");
    }
    byte[] raw = key.toRaw();
    byte[] payload = new byte[1 + KEY_LENGTH];
    if (key.keyType() == KeyType.ED25519) {
      payload[0] = (byte) (network.tagBits() | TYPE_ED25519);
      System.arraycopy(raw, 0, payload, 1, KEY_LENGTH);
    } else {
      payload[0] = (byte) (network.tagBits() | TYPE_ECC_COMPACT);
      System.arraycopy(raw, 1, payload, 1, KEY_LENGTH);
    }
    return new HeliumKey(key, network, Base58Check.encode(VERSION, payload));
  }

  /**
   * Parses a Helium key string strictly.
   *
   * @param text the Base58Check text, at most {@link #MAX_LENGTH} characters
   * @return the key
   * @throws DecodingException with {@link Reason#TOO_LONG}, {@link Reason#INVALID_CHARACTER} or
   *     {@link Reason#BAD_CHECKSUM} for bad Base58Check, {@link Reason#UNSUPPORTED_FORMAT} for a
   *     version byte other than 0 or an unknown network or key type, {@link Reason#WRONG_LENGTH}
   *     for a key that is not 32 bytes, or {@link Reason#INVALID_VALUE} for an invalid key
   */
  public static HeliumKey parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    byte[] data = Base58Check.decode(text, MAX_LENGTH);
    if (data.length < 2) {
      throw new DecodingException(Reason.WRONG_LENGTH, "a Helium key has a version, a tag and a key");
    }
    if (data[0] != VERSION) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT, "a Helium key has version byte 0, not " + (data[0] & 0xff));
    }
    int tag = data[1] & 0xff;
    HeliumNetwork network = networkOf(tag & 0xf0);
    int type = tag & 0x0f;
    if (type != TYPE_ED25519 && type != TYPE_ECC_COMPACT) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT, "Helium key type " + type + " is not ed25519 (1) or ecc_compact (0)");
    }
    if (data.length - 2 != KEY_LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "a Helium key holds 32 key bytes, not " + (data.length - 2));
    }
    byte[] keyBytes = Arrays.copyOfRange(data, 2, data.length);
    PublicKey key = type == TYPE_ED25519 ? PublicKey.fromRaw(KeyType.ED25519, keyBytes) : decompact(keyBytes);
    return new HeliumKey(key, network, text.toString());
  }

  /** {@return the public key} */
  public PublicKey resolve() {
    return key;
  }

  /** {@return the network the key is for} */
  public HeliumNetwork network() {
    return network;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HeliumKey other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** {@return the Base58Check text} */
  @Override
  public String toString() {
    return text;
  }

  private static HeliumNetwork networkOf(int bits) {
    for (HeliumNetwork n : HeliumNetwork.values()) {
      if (n.tagBits() == bits) {
        return n;
      }
    }
    throw new DecodingException(
        Reason.UNSUPPORTED_FORMAT, "Helium network " + (bits >> 4) + " is not mainnet (0) or testnet (1)");
  }

  /** Picks, of the two points with this x, the one with y <= p - y; exactly one has, as p is odd. */
  private static PublicKey decompact(byte[] x) {
    byte[] compressed = new byte[1 + KEY_LENGTH];
    System.arraycopy(x, 0, compressed, 1, KEY_LENGTH);
    compressed[0] = 0x02;
    PublicKey even;
    try {
      even = PublicKey.fromRaw(KeyType.P256, compressed);
    } catch (DecodingException e) {
      throw new DecodingException(Reason.INVALID_VALUE, "the ecc_compact x is not on P-256", e);
    }
    if (isCompact(even)) {
      return even;
    }
    compressed[0] = 0x03;
    return PublicKey.fromRaw(KeyType.P256, compressed);
  }

  private static boolean isCompact(PublicKey p256) {
    byte[] point = p256.toSec1Uncompressed();
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + KEY_LENGTH, point.length));
    return y.compareTo(P256_FIELD.subtract(y)) <= 0;
  }
}
