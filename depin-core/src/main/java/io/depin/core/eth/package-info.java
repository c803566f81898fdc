/**
 * Ethereum accounts on top of {@link io.depin.core.crypto}: {@link io.depin.core.eth.EthAddress}
 * (EIP-55), {@link io.depin.core.eth.PersonalMessage} (EIP-191) and the 65-byte {@link
 * io.depin.core.eth.EthSignature} with address recovery.
 */
@NullMarked
package io.depin.core.eth;

import org.jspecify.annotations.NullMarked;
