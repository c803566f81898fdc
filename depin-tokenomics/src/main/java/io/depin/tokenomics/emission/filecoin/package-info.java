/**
 * Filecoin-compatible minting: the reward actor's simple plus baseline minting in Q.128 fixed
 * point, reproducing its per-epoch values digit for digit.
 */
@NullMarked
package io.depin.tokenomics.emission.filecoin;

import org.jspecify.annotations.NullMarked;
