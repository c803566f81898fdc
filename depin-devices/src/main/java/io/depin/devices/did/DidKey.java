package io.depin.devices.did;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Multibase;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A W3C {@code did:key} identifier: {@code did:key:} followed by multibase base58btc ({@code z})
 * of a multicodec varint prefix and the public key bytes (W3C CCG "The did:key Method v0.7",
 * https://w3c-ccg.github.io/did-method-key/).
 *
 * <table class="striped">
 *   <caption>Supported key types</caption>
 *   <thead><tr><th>key type<th>multicodec<th>varint prefix<th>key bytes</tr></thead>
 *   <tbody>
 *     <tr><td>Ed25519<td>{@code ed25519-pub} 0xed<td>{@code ed 01}<td>32, RFC 8032</tr>
 *     <tr><td>secp256k1<td>{@code secp256k1-pub} 0xe7<td>{@code e7 01}<td>33, SEC1 compressed</tr>
 *     <tr><td>P-256<td>{@code p256-pub} 0x1200<td>{@code 80 24}<td>33, SEC1 compressed</tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #parse(CharSequence)} is strict: the {@code did:key:} prefix exactly, multibase
 * {@code z} only, one of the three codecs above, the exact key length, and a key that decodes as a
 * valid point. Anything else is rejected with {@link DecodingException}.
 *
 * {@snippet :
 * DidKey did = DidKey.of(deviceKey.publicKey());
 * String text = did.toString();                 // "did:key:z6Mk..." for Ed25519
 * PublicKey key = DidKey.parse(text).resolve(); // equals deviceKey.publicKey()
 * }
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DidKey {
  /** The text every {@code did:key} starts with. */
  public static final String PREFIX = "did:key:";

  /**
   * The longest text {@link #parse(CharSequence)} reads; longer input is rejected before decoding.
   * A P-256 or secp256k1 {@code did:key} has 57 characters, an Ed25519 one 56.
   */
  public static final int MAX_LENGTH = 128;

  private final PublicKey key;
  private final String text;

  private DidKey(PublicKey key, String text) {
    this.key = key;
    this.text = text;
  }

  /**
   * Returns the {@code did:key} of a public key.
   *
   * @param key the key
   * @return its {@code did:key}
   */
  public static DidKey of(PublicKey key) {
    Objects.requireNonNull(key, "key");
    Codec codec = Codec.of(key.keyType());
    byte[] raw = key.toRaw();
    byte[] body = Arrays.copyOf(codec.prefix, codec.prefix.length + raw.length);
    System.arraycopy(raw, 0, body, codec.prefix.length, raw.length);
    return new DidKey(key, PREFIX + Multibase.encode(Multibase.Encoding.BASE58BTC, body));
  }

  /**
   * Parses a {@code did:key} strictly.
   *
   * @param text the identifier, at most {@link #MAX_LENGTH} characters
   * @return the identifier
   * @throws DecodingException with {@link Reason#TOO_LONG} for text over the limit, {@link
   *     Reason#UNSUPPORTED_FORMAT} for another DID method, another multibase encoding or an unknown
   *     multicodec, {@link Reason#INVALID_CHARACTER} for a character outside base58btc, {@link
   *     Reason#WRONG_LENGTH} for a key of the wrong length, {@link Reason#INVALID_VALUE} or {@link
   *     Reason#UNSUPPORTED_FORMAT} (as {@link PublicKey#fromRaw(KeyType, byte[])} reports it) for an
   *     invalid key
   */
  public static DidKey parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new DecodingException(
          Reason.TOO_LONG, "a did:key has at most " + MAX_LENGTH + " characters, not " + text.length());
    }
    String s = text.toString();
    if (!s.startsWith(PREFIX)) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "a did:key starts with \"did:key:\"");
    }
    byte[] body = Multibase.decode(s.substring(PREFIX.length()), Multibase.Encoding.BASE58BTC);
    Codec codec = Codec.ofPrefix(body);
    int keyLength = body.length - codec.prefix.length;
    if (keyLength != codec.keyLength) {
      throw new DecodingException(
          Reason.WRONG_LENGTH,
          "a " + codec.keyType + " did:key holds " + codec.keyLength + " key bytes, not " + keyLength);
    }
    byte[] raw = Arrays.copyOfRange(body, codec.prefix.length, body.length);
    PublicKey key = PublicKey.fromRaw(codec.keyType, raw);
    return new DidKey(key, s);
  }

  /** {@return the public key this identifier names} */
  public PublicKey resolve() {
    return key;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DidKey other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** {@return the identifier, {@code did:key:z...}} */
  @Override
  public String toString() {
    return text;
  }

  /** The multicodec of each key type: its unsigned-varint prefix and key length. */
  @SuppressWarnings("ImmutableEnumChecker") // prefix is private and never written after creation
  private enum Codec {
    ED25519(KeyType.ED25519, new byte[] {(byte) 0xed, 0x01}, 32),
    SECP256K1(KeyType.SECP256K1, new byte[] {(byte) 0xe7, 0x01}, 33),
    P256(KeyType.P256, new byte[] {(byte) 0x80, 0x24}, 33);

    private final KeyType keyType;
    private final byte[] prefix;
    private final int keyLength;

    Codec(KeyType keyType, byte[] prefix, int keyLength) {
      this.keyType = keyType;
      this.prefix = prefix;
      this.keyLength = keyLength;
    }

    static Codec of(KeyType type) {
      return switch (type) {
        case ED25519 -> ED25519;
        case SECP256K1 -> SECP256K1;
        case P256 -> P256;
      };
    }

    static Codec ofPrefix(byte[] body) {
      for (Codec c : values()) {
        if (body.length >= c.prefix.length
            && Arrays.equals(body, 0, c.prefix.length, c.prefix, 0, c.prefix.length)) {
          return c;
        }
      }
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT,
          "the did:key multicodec is not ed25519-pub, secp256k1-pub or p256-pub");
    }
  }
}
