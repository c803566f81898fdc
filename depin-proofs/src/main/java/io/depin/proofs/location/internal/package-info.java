/** Wire-form helpers of the location proof kinds; not API. */
@NullMarked
package io.depin.proofs.location.internal;

import org.jspecify.annotations.NullMarked;
