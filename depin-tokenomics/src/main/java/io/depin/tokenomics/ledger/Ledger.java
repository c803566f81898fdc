package io.depin.tokenomics.ledger;

import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.ledger.LedgerException.Reason;
import io.depin.tokenomics.staking.SlashDestination;
import io.depin.tokenomics.staking.SlashFraction;
import io.depin.tokenomics.staking.StakingRules;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Exact token accounting for one token: liquid balances of holders and the {@link
 * AccountId#TREASURY treasury}, stake delegated to operators, vesting escrow, and a journal.
 *
 * <p><b>Invariant.</b> {@code minted - burned == sum of liquid balances + stake + escrow}, at all
 * times: only {@link #mint}, {@link #burn} and a {@link #slash} to {@link SlashDestination#BURN}
 * change the supply, and every other operation moves base units between places without creating
 * or destroying any. Burned tokens go to a burn sink that is counted ({@link #burned()}) but holds
 * nothing.
 *
 * <p><b>Atomicity.</b> Each operation checks everything first and then commits, appending exactly
 * one {@link JournalEntry}; a rejected operation throws {@link LedgerException} and leaves the
 * ledger exactly as it was ({@link #snapshot()} is equal before and after). Epochs of successive
 * operations must not decrease ({@link Reason#EPOCH_REGRESSED}).
 *
 * <p><b>Staking.</b> {@link #bond} moves liquid tokens into a lot active from {@code epoch +
 * bondingDelay}; {@link #unbond} moves active stake (oldest lots first) into an unbonding lot
 * withdrawable from {@code epoch + unbondingDelay}, both delays taken from the {@link
 * StakingRules} in force at the operation's epoch; pending stake cannot be unbonded. {@link
 * #withdraw} returns every withdrawable lot of a delegator. {@link #slash} takes the fraction from
 * <em>every</em> lot delegated to the operator - pending, active, unbonding and withdrawable but
 * not withdrawn - so that leaving cannot dodge a slash within the unbonding delay; the total is
 * rounded once on the operator's whole stake with the rules' {@link StakingRules#slashRounding()}
 * and shared across the lots in proportion, so that splitting stake cannot dodge it either.
 * Delegation is recorded per (delegator, operator); commission is left to the reward distribution.
 *
 * <p><b>Vesting.</b> {@link #lockVesting} moves liquid tokens into an escrow grant with a {@link
 * VestingSchedule}; {@link #release} pays out everything vested and not yet released for a
 * beneficiary. Over a grant's life the releases sum to exactly its total.
 *
 * {@snippet :
 * Ledger ledger = Ledger.create(hnt, new StakingRules(1, 7, RoundingMode.FLOOR));
 * AccountId alice = AccountId.of("alice"), op = AccountId.of("operator-1");
 * ledger.mint(Epoch.of(0), alice, TokenAmount.parse("100", hnt));
 * ledger.bond(Epoch.of(0), alice, op, TokenAmount.parse("60", hnt));     // active from epoch 1
 * ledger.slash(Epoch.of(2), op, SlashFraction.of(1, 10), SlashDestination.TREASURY);
 * ledger.unbond(Epoch.of(3), alice, op, TokenAmount.parse("54", hnt));   // withdrawable at 10
 * ledger.withdraw(Epoch.of(10), alice);                                 // alice: 94, treasury: 6
 * }
 *
 * <p>Not thread-safe: confine a ledger to one thread or guard it with a lock.
 *
 * @since 0.1.0
 */
public final class Ledger {
  private final Token token;
  private final Function<Epoch, Optional<StakingRules>> rulesAt;
  private final TreeMap<AccountId, BigInteger> balances = new TreeMap<>();
  private final List<StakeLot> lots = new ArrayList<>();
  private final TreeMap<Long, VestingGrant> grants = new TreeMap<>();
  private final List<JournalEntry> journal = new ArrayList<>();
  private BigInteger minted = BigInteger.ZERO;
  private BigInteger burned = BigInteger.ZERO;
  private @Nullable Epoch lastEpoch;
  private long nextGrantId;

  private Ledger(Token token, Function<Epoch, Optional<StakingRules>> rulesAt) {
    this.token = token;
    this.rulesAt = rulesAt;
  }

  /**
   * Returns an empty ledger whose staking rules never change.
   *
   * @param token the token it accounts for
   * @param rules the staking rules for every epoch
   * @return the ledger
   */
  public static Ledger create(Token token, StakingRules rules) {
    Objects.requireNonNull(token, "token");
    Optional<StakingRules> always = Optional.of(Objects.requireNonNull(rules, "rules"));
    return new Ledger(token, epoch -> always);
  }

  /**
   * Returns an empty ledger whose staking rules are versioned: the rules for an epoch are those in
   * force at the epoch's start.
   *
   * @param token the token it accounts for
   * @param rules the versions of the staking rules
   * @param epochs maps epochs to instants
   * @return the ledger
   */
  public static Ledger create(Token token, RuleBook<StakingRules> rules, EpochClock epochs) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(epochs, "epochs");
    return new Ledger(token, epoch -> rules.inForceAt(epochs.startOf(epoch)));
  }

  /** {@return the token this ledger accounts for} */
  public Token token() {
    return token;
  }

  // ---------------------------------------------------------------- supply

  /**
   * Creates {@code amount} new tokens in {@code to}'s liquid balance.
   *
   * @param epoch the epoch of the operation
   * @param to the account credited
   * @param amount a positive amount
   * @return the journal entry
   * @throws LedgerException with {@code not_positive}, {@code wrong_token} or {@code
   *     epoch_regressed}
   */
  public JournalEntry.Minted mint(Epoch epoch, AccountId to, TokenAmount amount)
      throws LedgerException {
    checkEpoch(epoch);
    checkAmount(amount);
    Objects.requireNonNull(to, "to");
    credit(to, amount.baseUnits());
    minted = minted.add(amount.baseUnits());
    return append(new JournalEntry.Minted(journal.size(), epoch, to, amount), epoch);
  }

  /**
   * Destroys {@code amount} tokens from {@code from}'s liquid balance.
   *
   * @param epoch the epoch of the operation
   * @param from the account debited
   * @param amount a positive amount
   * @return the journal entry
   * @throws LedgerException with {@code insufficient_funds}, {@code not_positive}, {@code
   *     wrong_token} or {@code epoch_regressed}
   */
  public JournalEntry.Burned burn(Epoch epoch, AccountId from, TokenAmount amount)
      throws LedgerException {
    checkEpoch(epoch);
    checkAmount(amount);
    checkFunds(from, amount);
    debit(from, amount.baseUnits());
    burned = burned.add(amount.baseUnits());
    return append(new JournalEntry.Burned(journal.size(), epoch, from, amount), epoch);
  }

  /**
   * Moves {@code amount} from one liquid balance to another.
   *
   * @param epoch the epoch of the operation
   * @param from the account debited
   * @param to the account credited, not {@code from}
   * @param amount a positive amount
   * @return the journal entry
   * @throws LedgerException with {@code insufficient_funds}, {@code same_account}, {@code
   *     not_positive}, {@code wrong_token} or {@code epoch_regressed}
   */
  public JournalEntry.Transferred transfer(
      Epoch epoch, AccountId from, AccountId to, TokenAmount amount) throws LedgerException {
    checkEpoch(epoch);
    checkAmount(amount);
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      throw new LedgerException(Reason.SAME_ACCOUNT, "transfer from " + from + " to itself");
    }
    checkFunds(from, amount);
    debit(from, amount.baseUnits());
    credit(to, amount.baseUnits());
    return append(new JournalEntry.Transferred(journal.size(), epoch, from, to, amount), epoch);
  }

  // ---------------------------------------------------------------- staking

  /**
   * Bonds liquid tokens of {@code delegator} to {@code operator}, active from {@code epoch +
   * bondingDelay}.
   *
   * @param epoch the epoch of the operation
   * @param delegator the owner of the stake
   * @param operator the operator; the delegator itself for self-stake
   * @param amount a positive amount
   * @return the journal entry
   * @throws LedgerException with {@code insufficient_funds}, {@code rules_not_in_force}, {@code
   *     not_positive}, {@code wrong_token} or {@code epoch_regressed}
   * @throws ArithmeticException if the activation epoch overflows
   */
  public JournalEntry.Bonded bond(
      Epoch epoch, AccountId delegator, AccountId operator, TokenAmount amount)
      throws LedgerException {
    checkEpoch(epoch);
    checkAmount(amount);
    Objects.requireNonNull(operator, "operator");
    StakingRules rules = rules(epoch);
    checkFunds(delegator, amount);
    Epoch activeFrom = Epoch.of(Math.addExact(epoch.index(), rules.bondingDelay()));
    debit(delegator, amount.baseUnits());
    lots.add(new StakeLot(delegator, operator, StakeLot.State.BONDED, amount, activeFrom));
    return append(
        new JournalEntry.Bonded(journal.size(), epoch, delegator, operator, amount, activeFrom),
        epoch);
  }

  /**
   * Starts unbonding active stake of {@code delegator} with {@code operator}, oldest lots first;
   * it can be withdrawn from {@code epoch + unbondingDelay}.
   *
   * @param epoch the epoch of the operation
   * @param delegator the owner of the stake
   * @param operator the operator
   * @param amount a positive amount, at most the active stake
   * @return the journal entry
   * @throws LedgerException with {@code insufficient_stake}, {@code rules_not_in_force}, {@code
   *     not_positive}, {@code wrong_token} or {@code epoch_regressed}
   * @throws ArithmeticException if the withdrawal epoch overflows
   */
  public JournalEntry.Unbonded unbond(
      Epoch epoch, AccountId delegator, AccountId operator, TokenAmount amount)
      throws LedgerException {
    checkEpoch(epoch);
    checkAmount(amount);
    StakingRules rules = rules(epoch);
    BigInteger active = BigInteger.ZERO;
    for (StakeLot lot : lots) {
      if (isActive(lot, delegator, operator, epoch)) {
        active = active.add(lot.amount().baseUnits());
      }
    }
    if (active.compareTo(amount.baseUnits()) < 0) {
      throw new LedgerException(
          Reason.INSUFFICIENT_STAKE,
          delegator + " has " + TokenAmount.ofBaseUnits(active, token) + " active with "
              + operator + ", not " + amount);
    }
    Epoch withdrawableFrom = Epoch.of(Math.addExact(epoch.index(), rules.unbondingDelay()));
    BigInteger left = amount.baseUnits();
    for (int i = 0; i < lots.size() && left.signum() > 0; i++) {
      StakeLot lot = lots.get(i);
      if (!isActive(lot, delegator, operator, epoch)) {
        continue;
      }
      BigInteger take = lot.amount().baseUnits().min(left);
      left = left.subtract(take);
      BigInteger rest = lot.amount().baseUnits().subtract(take);
      if (rest.signum() == 0) {
        lots.remove(i);
        i--;
      } else {
        lots.set(i, lot.withAmount(TokenAmount.ofBaseUnits(rest, token)));
      }
    }
    lots.add(new StakeLot(delegator, operator, StakeLot.State.UNBONDING, amount, withdrawableFrom));
    return append(
        new JournalEntry.Unbonded(
            journal.size(), epoch, delegator, operator, amount, withdrawableFrom),
        epoch);
  }

  /**
   * Returns every unbonding lot of {@code delegator} that is past its delay to its liquid balance.
   *
   * @param epoch the epoch of the operation
   * @param delegator the owner of the stake
   * @return the journal entry
   * @throws LedgerException with {@code nothing_due} or {@code epoch_regressed}
   */
  public JournalEntry.Withdrawn withdraw(Epoch epoch, AccountId delegator)
      throws LedgerException {
    checkEpoch(epoch);
    Objects.requireNonNull(delegator, "delegator");
    BigInteger due = BigInteger.ZERO;
    for (StakeLot lot : lots) {
      if (isWithdrawable(lot, delegator, epoch)) {
        due = due.add(lot.amount().baseUnits());
      }
    }
    if (due.signum() == 0) {
      throw new LedgerException(Reason.NOTHING_DUE, delegator + " has nothing to withdraw at " + epoch);
    }
    lots.removeIf(lot -> isWithdrawable(lot, delegator, epoch));
    credit(delegator, due);
    return append(
        new JournalEntry.Withdrawn(
            journal.size(), epoch, delegator, TokenAmount.ofBaseUnits(due, token)),
        epoch);
  }

  /**
   * Takes {@code fraction} of the stake delegated to {@code operator} (every lot: pending, active,
   * unbonding and not yet withdrawn) and sends it to the burn or the treasury. The total is {@code
   * fraction} of the operator's whole stake rounded once with the rules' slash rounding, then shared
   * across the lots in proportion to their amounts by largest remainder (ties to the older lot), so
   * that no lot loses more than its own amount and splitting stake into many small lots cannot round
   * a slash away. A lot slashed to zero disappears.
   *
   * @param epoch the epoch of the operation
   * @param operator the operator at fault
   * @param fraction the fraction to take
   * @param destination where the slashed amount goes
   * @return the journal entry, with the total slashed (possibly zero after rounding)
   * @throws LedgerException with {@code no_stake}, {@code rules_not_in_force} or {@code
   *     epoch_regressed}
   */
  public JournalEntry.Slashed slash(
      Epoch epoch, AccountId operator, SlashFraction fraction, SlashDestination destination)
      throws LedgerException {
    checkEpoch(epoch);
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(fraction, "fraction");
    Objects.requireNonNull(destination, "destination");
    StakingRules rules = rules(epoch);
    BigInteger stake = BigInteger.ZERO;
    for (StakeLot lot : lots) {
      if (lot.operator().equals(operator)) {
        stake = stake.add(lot.amount().baseUnits());
      }
    }
    if (stake.signum() == 0) {
      throw new LedgerException(Reason.NO_STAKE, operator + " has no stake to slash");
    }
    // The cut is rounded once, on the operator's whole stake, and then shared across its lots in
    // proportion (largest remainder, ties to the older lot): splitting stake into many small lots
    // cannot round a slash away.
    BigInteger total =
        fraction.of(TokenAmount.ofBaseUnits(stake, token), rules.slashRounding()).baseUnits();
    List<StakeLot> mine = new ArrayList<>();
    for (StakeLot lot : lots) {
      if (lot.operator().equals(operator)) {
        mine.add(lot);
      }
    }
    BigInteger[] cuts = new BigInteger[mine.size()];
    BigInteger[] remainders = new BigInteger[mine.size()];
    BigInteger shared = BigInteger.ZERO;
    for (int i = 0; i < cuts.length; i++) {
      BigInteger[] qr = total.multiply(mine.get(i).amount().baseUnits()).divideAndRemainder(stake);
      cuts[i] = qr[0];
      remainders[i] = qr[1];
      shared = shared.add(qr[0]);
    }
    Integer[] order = new Integer[cuts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; shared.compareTo(total) < 0; k++) {
      cuts[order[k]] = cuts[order[k]].add(BigInteger.ONE);
      shared = shared.add(BigInteger.ONE);
    }
    List<StakeLot> next = new ArrayList<>(lots.size());
    int i = 0;
    for (StakeLot lot : lots) {
      if (!lot.operator().equals(operator)) {
        next.add(lot);
        continue;
      }
      TokenAmount rest = lot.amount().minus(TokenAmount.ofBaseUnits(cuts[i++], token));
      if (!rest.isZero()) {
        next.add(lot.withAmount(rest));
      }
    }
    lots.clear();
    lots.addAll(next);
    if (destination == SlashDestination.BURN) {
      burned = burned.add(total);
    } else {
      credit(AccountId.TREASURY, total);
    }
    return append(
        new JournalEntry.Slashed(
            journal.size(),
            epoch,
            operator,
            fraction,
            destination,
            TokenAmount.ofBaseUnits(total, token)),
        epoch);
  }

  // ---------------------------------------------------------------- vesting

  /**
   * Moves {@code amount} from {@code from}'s liquid balance into a new escrow grant for {@code
   * beneficiary}, vesting by {@code schedule} from this epoch.
   *
   * @param epoch the epoch of the operation, and the grant's lock epoch
   * @param from the account debited, such as the treasury
   * @param beneficiary who receives the released amounts
   * @param amount a positive amount
   * @param schedule how it vests
   * @return the journal entry, holding the new grant
   * @throws LedgerException with {@code insufficient_funds}, {@code not_positive}, {@code
   *     wrong_token} or {@code epoch_regressed}
   * @throws ArithmeticException if the schedule's epochs from this lock overflow a {@code long}
   *     (nothing is locked)
   */
  public JournalEntry.VestingLocked lockVesting(
      Epoch epoch,
      AccountId from,
      AccountId beneficiary,
      TokenAmount amount,
      VestingSchedule schedule)
      throws LedgerException {
    checkEpoch(epoch);
    checkAmount(amount);
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(schedule, "schedule");
    checkFunds(from, amount);
    // A schedule whose epochs overflow would make every later release of the beneficiary throw;
    // once fullyVestedAt fits in a long, vestedAt never overflows for this lock epoch.
    schedule.fullyVestedAt(epoch);
    VestingGrant grant =
        new VestingGrant(
            nextGrantId, beneficiary, amount, epoch, schedule, TokenAmount.zero(token));
    debit(from, amount.baseUnits());
    grants.put(grant.id(), grant);
    nextGrantId++;
    return append(new JournalEntry.VestingLocked(journal.size(), epoch, from, grant), epoch);
  }

  /**
   * Pays out to {@code beneficiary} everything vested by {@code epoch} and not yet released, over
   * all its grants. A grant fully released leaves the escrow.
   *
   * @param epoch the epoch of the operation
   * @param beneficiary the beneficiary
   * @return the journal entry
   * @throws LedgerException with {@code nothing_due} or {@code epoch_regressed}
   */
  public JournalEntry.VestingReleased release(Epoch epoch, AccountId beneficiary)
      throws LedgerException {
    checkEpoch(epoch);
    Objects.requireNonNull(beneficiary, "beneficiary");
    Map<Long, VestingGrant> updated = new TreeMap<>();
    BigInteger due = BigInteger.ZERO;
    for (VestingGrant grant : grants.values()) {
      if (!grant.beneficiary().equals(beneficiary)) {
        continue;
      }
      TokenAmount now = grant.releasableAt(epoch);
      if (!now.isZero()) {
        due = due.add(now.baseUnits());
        updated.put(grant.id(), grant.withReleased(grant.released().plus(now)));
      }
    }
    if (due.signum() == 0) {
      throw new LedgerException(
          Reason.NOTHING_DUE, beneficiary + " has nothing vested to release at " + epoch);
    }
    for (VestingGrant grant : updated.values()) {
      if (grant.locked().isZero()) {
        grants.remove(grant.id());
      } else {
        grants.put(grant.id(), grant);
      }
    }
    credit(beneficiary, due);
    return append(
        new JournalEntry.VestingReleased(
            journal.size(), epoch, beneficiary, TokenAmount.ofBaseUnits(due, token)),
        epoch);
  }

  // ---------------------------------------------------------------- views

  /**
   * Returns the liquid balance of an account.
   *
   * @param account the account
   * @return its balance, zero if it never held anything
   */
  public TokenAmount balance(AccountId account) {
    return TokenAmount.ofBaseUnits(balances.getOrDefault(account, BigInteger.ZERO), token);
  }

  /**
   * Returns the stake {@code delegator} has with {@code operator}, seen at {@code epoch}.
   *
   * @param delegator the owner of the stake
   * @param operator the operator
   * @param epoch the epoch that decides pending against active and unbonding against
   *     withdrawable
   * @return the position, all zero if there is none
   */
  public StakePosition position(AccountId delegator, AccountId operator, Epoch epoch) {
    BigInteger pending = BigInteger.ZERO;
    BigInteger active = BigInteger.ZERO;
    BigInteger unbonding = BigInteger.ZERO;
    BigInteger withdrawable = BigInteger.ZERO;
    for (StakeLot lot : lots) {
      if (!lot.delegator().equals(delegator) || !lot.operator().equals(operator)) {
        continue;
      }
      BigInteger units = lot.amount().baseUnits();
      boolean reached = lot.from().compareTo(epoch) <= 0;
      if (lot.state() == StakeLot.State.BONDED) {
        if (reached) {
          active = active.add(units);
        } else {
          pending = pending.add(units);
        }
      } else if (reached) {
        withdrawable = withdrawable.add(units);
      } else {
        unbonding = unbonding.add(units);
      }
    }
    return new StakePosition(
        delegator,
        operator,
        TokenAmount.ofBaseUnits(pending, token),
        TokenAmount.ofBaseUnits(active, token),
        TokenAmount.ofBaseUnits(unbonding, token),
        TokenAmount.ofBaseUnits(withdrawable, token));
  }

  /**
   * Returns the delegations to {@code operator}, one position per delegator, seen at {@code
   * epoch}; a distribution policy uses their active amounts to share rewards and commission.
   *
   * @param operator the operator
   * @param epoch the epoch
   * @return the positions, ordered by delegator
   */
  public List<StakePosition> delegationsTo(AccountId operator, Epoch epoch) {
    TreeMap<AccountId, StakePosition> byDelegator = new TreeMap<>();
    for (StakeLot lot : lots) {
      if (lot.operator().equals(operator)) {
        byDelegator.computeIfAbsent(lot.delegator(), d -> position(d, operator, epoch));
      }
    }
    return List.copyOf(byDelegator.values());
  }

  /** {@return every lot of stake, in the order created} */
  public List<StakeLot> stakeLots() {
    return List.copyOf(lots);
  }

  /** {@return every grant still in escrow, by id} */
  public List<VestingGrant> grants() {
    return List.copyOf(grants.values());
  }

  /** {@return the journal, oldest entry first} */
  public List<JournalEntry> journal() {
    return Collections.unmodifiableList(new ArrayList<>(journal));
  }

  /** {@return everything ever minted} */
  public TokenAmount minted() {
    return TokenAmount.ofBaseUnits(minted, token);
  }

  /** {@return everything ever burned, including slashes sent to the burn} */
  public TokenAmount burned() {
    return TokenAmount.ofBaseUnits(burned, token);
  }

  /** {@return the total supply: {@code minted - burned}} */
  public TokenAmount totalSupply() {
    return TokenAmount.ofBaseUnits(minted.subtract(burned), token);
  }

  /** {@return the sum of all liquid balances, the treasury's included} */
  public TokenAmount liquidTotal() {
    return TokenAmount.ofBaseUnits(
        balances.values().stream().reduce(BigInteger.ZERO, BigInteger::add), token);
  }

  /** {@return the sum of all stake lots} */
  public TokenAmount stakedTotal() {
    return TokenAmount.ofBaseUnits(
        lots.stream().map(l -> l.amount().baseUnits()).reduce(BigInteger.ZERO, BigInteger::add),
        token);
  }

  /** {@return the sum of what all grants still hold in escrow} */
  public TokenAmount escrowTotal() {
    return TokenAmount.ofBaseUnits(
        grants.values().stream()
            .map(g -> g.locked().baseUnits())
            .reduce(BigInteger.ZERO, BigInteger::add),
        token);
  }

  /** {@return the whole state as immutable values} */
  public LedgerSnapshot snapshot() {
    Map<AccountId, TokenAmount> copy = new TreeMap<>();
    balances.forEach((k, v) -> copy.put(k, TokenAmount.ofBaseUnits(v, token)));
    return new LedgerSnapshot(
        lastEpoch, copy, lots, grants(), minted(), burned(), journal.size());
  }

  @Override
  public String toString() {
    return "Ledger[" + token.symbol() + ", supply=" + totalSupply().toDecimalString()
        + ", entries=" + journal.size() + "]";
  }

  // ---------------------------------------------------------------- internals

  private static boolean isActive(StakeLot lot, AccountId delegator, AccountId operator, Epoch e) {
    return lot.state() == StakeLot.State.BONDED
        && lot.from().compareTo(e) <= 0
        && lot.delegator().equals(delegator)
        && lot.operator().equals(operator);
  }

  private static boolean isWithdrawable(StakeLot lot, AccountId delegator, Epoch e) {
    return lot.state() == StakeLot.State.UNBONDING
        && lot.from().compareTo(e) <= 0
        && lot.delegator().equals(delegator);
  }

  private void checkEpoch(Epoch epoch) throws LedgerException {
    Objects.requireNonNull(epoch, "epoch");
    if (lastEpoch != null && epoch.compareTo(lastEpoch) < 0) {
      throw new LedgerException(
          Reason.EPOCH_REGRESSED, "epoch " + epoch.index() + " is before " + lastEpoch.index());
    }
  }

  private void checkAmount(TokenAmount amount) throws LedgerException {
    Objects.requireNonNull(amount, "amount");
    if (!amount.token().equals(token)) {
      throw new LedgerException(
          Reason.WRONG_TOKEN, "this ledger holds " + token.symbol() + ", not " + amount);
    }
    if (amount.isNegative() || amount.isZero()) {
      throw new LedgerException(Reason.NOT_POSITIVE, "the amount must be positive, not " + amount);
    }
  }

  private void checkFunds(AccountId from, TokenAmount amount) throws LedgerException {
    Objects.requireNonNull(from, "from");
    BigInteger has = balances.getOrDefault(from, BigInteger.ZERO);
    if (has.compareTo(amount.baseUnits()) < 0) {
      throw new LedgerException(
          Reason.INSUFFICIENT_FUNDS,
          from + " has " + TokenAmount.ofBaseUnits(has, token) + ", not " + amount);
    }
  }

  private StakingRules rules(Epoch epoch) throws LedgerException {
    return rulesAt
        .apply(epoch)
        .orElseThrow(
            () ->
                new LedgerException(
                    Reason.RULES_NOT_IN_FORCE, "no staking rules are in force at " + epoch));
  }

  private void credit(AccountId account, BigInteger units) {
    if (units.signum() != 0) {
      balances.merge(account, units, BigInteger::add);
    }
  }

  private void debit(AccountId account, BigInteger units) {
    BigInteger rest = balances.getOrDefault(account, BigInteger.ZERO).subtract(units);
    if (rest.signum() == 0) {
      balances.remove(account);
    } else {
      balances.put(account, rest);
    }
  }

  private <E extends JournalEntry> E append(E entry, Epoch epoch) {
    journal.add(entry);
    lastEpoch = epoch;
    return entry;
  }
}
