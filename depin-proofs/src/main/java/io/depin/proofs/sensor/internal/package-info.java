/** Wire-form helpers of the sensor proof kinds; not API. */
@NullMarked
package io.depin.proofs.sensor.internal;

import org.jspecify.annotations.NullMarked;
