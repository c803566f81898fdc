package io.depin.tokenomics.ledger;

import io.depin.core.time.Epoch;
import io.depin.core.token.TokenAmount;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The whole state of a {@link Ledger} at one moment, as immutable values; two snapshots are equal
 * exactly when the states are.
 *
 * {@snippet :
 * LedgerSnapshot before = ledger.snapshot();
 * try {
 *   ledger.burn(epoch, alice, tooMuch);
 * } catch (LedgerException e) {
 *   assert ledger.snapshot().equals(before);   // a rejected operation changes nothing
 * }
 * }
 *
 * @param lastEpoch the epoch of the latest operation, or {@code null} before the first
 * @param balances the non-zero liquid balances, by account
 * @param stakeLots every lot of stake, in the order they were created
 * @param grants every vesting grant, by id
 * @param minted everything ever minted
 * @param burned everything ever burned, including slashes sent to the burn
 * @param journalSize the number of journal entries
 * @since 0.1.0
 */
public record LedgerSnapshot(
    @Nullable Epoch lastEpoch,
    Map<AccountId, TokenAmount> balances,
    List<StakeLot> stakeLots,
    List<VestingGrant> grants,
    TokenAmount minted,
    TokenAmount burned,
    int journalSize) {
  /** Copies the collections. */
  public LedgerSnapshot {
    balances = Map.copyOf(balances);
    stakeLots = List.copyOf(stakeLots);
    grants = List.copyOf(grants);
    Objects.requireNonNull(minted, "minted");
    Objects.requireNonNull(burned, "burned");
  }
}
