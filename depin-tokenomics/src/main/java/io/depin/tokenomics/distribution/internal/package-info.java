/** Share arithmetic, YAML and CSV readers behind the distribution API. Not public API. */
@NullMarked
package io.depin.tokenomics.distribution.internal;

import org.jspecify.annotations.NullMarked;
