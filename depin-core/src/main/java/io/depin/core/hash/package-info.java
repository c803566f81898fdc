/**
 * Hash functions: SHA-256, SHA-512, Keccak-256 and BLAKE2b-256, one-shot and streaming.
 *
 * <p>Start from {@link io.depin.core.hash.HashAlgorithm}.
 */
@NullMarked
package io.depin.core.hash;

import org.jspecify.annotations.NullMarked;
