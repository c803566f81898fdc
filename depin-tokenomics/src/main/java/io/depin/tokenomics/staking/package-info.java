/**
 * Staking rules and values: bonding and unbonding delays, slashing by an exact fraction with a
 * named rounding and a destination (burn or treasury). The stake itself, delegated by
 * (delegator, operator), is held and moved by {@link io.depin.tokenomics.ledger.Ledger}, so that
 * staking can never create or destroy tokens.
 */
@NullMarked
package io.depin.tokenomics.staking;

import org.jspecify.annotations.NullMarked;
