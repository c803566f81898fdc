package io.depin.testkit.vectors;

import io.depin.core.bytes.Bytes;
import java.util.Objects;

/**
 * The raw public key of a Wycheproof test group.
 *
 * <p>{@link #encoded()} is the key as the file gives it in hex: the 32-byte {@code pk} of an EdDSA
 * key, or the {@code uncompressed} SEC1 point ({@code 04 || x || y}) of an ECDSA key. The same key
 * in DER and PEM is on {@link WycheproofGroup}.
 *
 * {@snippet :
 * WycheproofPublicKey key = group.publicKey();
 * key.curve();            // "edwards25519"
 * key.encoded().length(); // 32
 * }
 *
 * @param type the key type, such as {@code EDDSAPublicKey} or {@code EcPublicKey}
 * @param curve the curve, such as {@code edwards25519}, {@code secp256k1} or {@code secp256r1}
 * @param keySize the key size in bits
 * @param encoded the raw key bytes
 * @since 0.1.0
 */
public record WycheproofPublicKey(String type, String curve, int keySize, Bytes encoded) {
  /** Checks that no component is null. */
  public WycheproofPublicKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(curve, "curve");
    Objects.requireNonNull(encoded, "encoded");
  }
}
