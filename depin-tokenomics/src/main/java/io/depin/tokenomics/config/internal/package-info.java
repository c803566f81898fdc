/** A strict YAML tree that remembers where each value came from. Not public API. */
@NullMarked
package io.depin.tokenomics.config.internal;

import org.jspecify.annotations.NullMarked;
