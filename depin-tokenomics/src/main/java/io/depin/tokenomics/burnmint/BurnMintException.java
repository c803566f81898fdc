package io.depin.tokenomics.burnmint;

import java.util.Objects;

/**
 * A burn-and-mint operation rejected because of its input, such as an unusable oracle price.
 *
 * {@snippet :
 * try {
 *   Credits dc = converter.creditsFor(burn, oracle);
 * } catch (BurnMintException e) {
 *   log.warn("oracle rejected: {}", e.reason().code());
 * }
 * }
 *
 * @since 0.1.0
 */
public final class BurnMintException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Why an operation was rejected. Each reason has a stable lower-case {@link #code()}.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** {@code negative_confidence}: the oracle reported a negative confidence. */
    NEGATIVE_CONFIDENCE("negative_confidence"),
    /** {@code price_not_positive}: the price after the haircut is zero or negative. */
    PRICE_NOT_POSITIVE("price_not_positive"),
    /**
     * {@code price_out_of_range}: the oracle price or confidence has more than {@link
     * CreditConverter#MAX_DIGITS} digits before or after the point (trailing zeros aside).
     */
    PRICE_OUT_OF_RANGE("price_out_of_range"),
    /** {@code wrong_token}: an amount of another token than the converter's. */
    WRONG_TOKEN("wrong_token"),
    /** {@code rules_not_in_force}: no burn-and-mint rules are in force at the epoch. */
    RULES_NOT_IN_FORCE("rules_not_in_force");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** {@return the stable lower-case code} */
    public String code() {
      return code;
    }
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why the operation was rejected
   * @param detail a description for people
   */
  public BurnMintException(Reason reason, String detail) {
    super(reason.code() + ": " + detail);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the operation was rejected} */
  public Reason reason() {
    return reason;
  }
}
