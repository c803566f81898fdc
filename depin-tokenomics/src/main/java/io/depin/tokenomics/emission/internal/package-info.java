/** Implementations of the emission schedules and their YAML reader; not API. */
@NullMarked
package io.depin.tokenomics.emission.internal;

import org.jspecify.annotations.NullMarked;
