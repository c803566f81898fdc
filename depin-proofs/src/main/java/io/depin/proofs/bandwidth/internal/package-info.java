/** Wire forms of the bandwidth package; not API. */
@NullMarked
package io.depin.proofs.bandwidth.internal;

import org.jspecify.annotations.NullMarked;
