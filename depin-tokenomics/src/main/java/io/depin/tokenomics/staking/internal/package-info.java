/** Reading staking rules from YAML. Not public API. */
@NullMarked
package io.depin.tokenomics.staking.internal;

import org.jspecify.annotations.NullMarked;
