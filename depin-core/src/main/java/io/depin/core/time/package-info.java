/**
 * Epochs: fixed-length periods counted from a genesis instant, computed from an injected {@link
 * java.time.Clock} so that no code reads the wall clock directly.
 */
@NullMarked
package io.depin.core.time;

import org.jspecify.annotations.NullMarked;
