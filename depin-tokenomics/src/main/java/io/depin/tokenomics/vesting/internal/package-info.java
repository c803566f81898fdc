/** Reading vesting schedules from YAML. Not public API. */
@NullMarked
package io.depin.tokenomics.vesting.internal;

import org.jspecify.annotations.NullMarked;
