package io.depin.devices.eth;

import io.depin.core.eth.EthAddress;

/**
 * Remembers the nonces each signer has used, so a verifier can reject a replayed message.
 *
 * <p>Implementations decide how long nonces are remembered; {@link InMemoryNonceTracker} keeps a
 * sliding window per signer. {@link #consume(EthAddress, long)} must be atomic: of two calls with
 * the same signer and nonce, at most one returns normally.
 *
 * {@snippet :
 * NonceTracker nonces = new InMemoryNonceTracker(1024);
 * nonces.consume(deviceAddress, 7);   // accepted
 * nonces.consume(deviceAddress, 7);   // throws NONCE_REPLAYED
 * }
 *
 * @since 0.1.0
 */
public interface NonceTracker {
  /**
   * Records that {@code signer} used {@code nonce}, or rejects it.
   *
   * @param signer the verified signer
   * @param nonce the message's nonce, not negative
   * @throws DeviceMessageException with {@link DeviceMessageException.Code#NONCE_REPLAYED} if the
   *     nonce was used before, or {@link DeviceMessageException.Code#NONCE_OUT_OF_WINDOW} if it is
   *     too old to tell
   */
  void consume(EthAddress signer, long nonce) throws DeviceMessageException;
}
