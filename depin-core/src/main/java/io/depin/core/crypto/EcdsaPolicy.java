package io.depin.core.crypto;

/**
 * Whether ECDSA verification accepts a signature whose {@code s} is in the upper half of the
 * group order.
 *
 * <p>For every valid ECDSA signature {@code (r, s)}, {@code (r, n - s)} is also valid, so anyone
 * can change the bytes of a signature without the key. Ethereum (EIP-2) and Bitcoin (BIP-62/146)
 * remove that malleability by accepting only {@code s <= n/2}; ordinary ECDSA (FIPS 186, X9.62)
 * accepts both.
 *
 * {@snippet :
 * publicKey.verify(message, signature, EcdsaPolicy.STRICT_LOW_S);   // throws SIGNATURE_MALLEABLE on high S
 * }
 *
 * <p>The default policy of {@link PublicKey#verify(byte[], Signature)} is {@link #STRICT_LOW_S}
 * for secp256k1 and {@link #ACCEPT_HIGH_S} for P-256 (whose hardware signers routinely produce
 * high-S signatures). Ed25519 ignores the policy: it always rejects {@code S >= L}.
 *
 * @since 0.1.0
 */
public enum EcdsaPolicy {
  /** Requires {@code 1 <= s <= n/2} (EIP-2 / BIP-62 low-S); a high {@code s} is rejected. */
  STRICT_LOW_S,
  /** Accepts any {@code s} in {@code [1, n-1]}, as X9.62 and FIPS 186 specify. */
  ACCEPT_HIGH_S;

  /**
   * Returns the default policy for a key type: low-S for secp256k1, high-S accepted otherwise.
   *
   * @param type the key type
   * @return the default policy
   */
  public static EcdsaPolicy defaultFor(KeyType type) {
    return type == KeyType.SECP256K1 ? STRICT_LOW_S : ACCEPT_HIGH_S;
  }
}
