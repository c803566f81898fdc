/**
 * The DePIN SDK core: types shared by every module.
 *
 * <p>Sub-packages hold byte values and codecs ({@code bytes}), hashes ({@code hash}), keys and
 * signatures ({@code crypto}), canonical JSON and domain-separated messages, Merkle trees, token
 * amounts and epochs. This package holds {@link io.depin.core.DecodingException}, the single
 * exception every decoder throws for malformed or oversized input.
 */
@NullMarked
package io.depin.core;

import org.jspecify.annotations.NullMarked;
