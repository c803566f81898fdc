/** Digest engines behind {@link io.depin.core.hash.HashAlgorithm}, including our Keccak-256; not API. */
@NullMarked
package io.depin.core.hash.internal;

import org.jspecify.annotations.NullMarked;
