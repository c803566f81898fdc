/**
 * Ethereum-compatible device messages: EIP-712 typed data ({@link
 * io.depin.devices.eth.Eip712Message}, checked by {@link io.depin.devices.eth.Eip712Verifier}) and
 * EIP-191 personal messages ({@link io.depin.devices.eth.DevicePersonalMessage}), with a replay
 * guard ({@link io.depin.devices.eth.NonceTracker}).
 *
 * <p>Verification is strict: the signature must recover (low-S only, EIP-2) to the expected
 * address, and the message's domain must be the one the verifier expects. Each failure has its own
 * {@link io.depin.devices.eth.DeviceMessageException.Code}.
 */
@NullMarked
package io.depin.devices.eth;

import org.jspecify.annotations.NullMarked;
