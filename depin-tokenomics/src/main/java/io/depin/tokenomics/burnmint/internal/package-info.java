/** Exact rational helpers for burn-and-mint. Not public API. */
@NullMarked
package io.depin.tokenomics.burnmint.internal;

import org.jspecify.annotations.NullMarked;
