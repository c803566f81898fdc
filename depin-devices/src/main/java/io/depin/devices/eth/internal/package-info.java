/**
 * Implementation of {@link io.depin.devices.eth}: the adapter to web3j's EIP-712 encoder. Not API.
 */
@NullMarked
package io.depin.devices.eth.internal;

import org.jspecify.annotations.NullMarked;
