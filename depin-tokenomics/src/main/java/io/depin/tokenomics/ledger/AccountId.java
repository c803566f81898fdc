package io.depin.tokenomics.ledger;

import java.util.Objects;

/**
 * The name of an account in a {@link Ledger}: a holder, an operator, or the {@link #TREASURY}.
 *
 * {@snippet :
 * AccountId alice = AccountId.of("alice");
 * ledger.transfer(Epoch.of(3), alice, AccountId.TREASURY, fee);
 * }
 *
 * @param name 1 to 128 characters, none of them a control character
 * @since 0.1.0
 */
public record AccountId(String name) implements Comparable<AccountId> {
  /** The protocol treasury, which receives slashed stake sent to {@code TREASURY}. */
  public static final AccountId TREASURY = new AccountId("treasury");

  /** The longest name allowed. */
  public static final int MAX_NAME_LENGTH = 128;

  /**
   * Validates the name.
   *
   * @throws IllegalArgumentException if the name is empty, too long or has a control character
   */
  public AccountId {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "an account name has 1 to " + MAX_NAME_LENGTH + " characters, not " + name.length());
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("an account name has no control characters");
    }
  }

  /**
   * Returns the account named {@code name}.
   *
   * @param name 1 to 128 characters, none of them a control character
   * @return the account id
   */
  public static AccountId of(String name) {
    return new AccountId(name);
  }

  @Override
  public int compareTo(AccountId other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
