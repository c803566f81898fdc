/**
 * A ledger in which nothing is created or destroyed except by an explicit mint or burn: holder
 * and treasury balances, stake (bonded, unbonding) delegated to operators, vesting escrow, and a
 * journal of typed entries. Every operation is atomic: it either succeeds and appends one entry,
 * or throws {@link io.depin.tokenomics.ledger.LedgerException} and changes nothing.
 */
@NullMarked
package io.depin.tokenomics.ledger;

import org.jspecify.annotations.NullMarked;
