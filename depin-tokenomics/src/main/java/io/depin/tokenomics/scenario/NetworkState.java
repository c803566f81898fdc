package io.depin.tokenomics.scenario;

import io.depin.core.token.Token;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The state of a simulated network after an epoch. Amounts are exact base units; the operator
 * count, price and demand are real numbers (expected values of the agent models).
 *
 * <p>Invariant, exactly: {@code supply == initialSupply + minted - burned}.
 *
 * {@snippet :
 * NetworkState s = network.initialState();
 * s = network.step(0, s, 4.05, 1.0);
 * s.supply(); // initial + emission(0) + remint(0) - burned(0)
 * }
 *
 * @param token the token the amounts are base units of
 * @param supply the circulating supply
 * @param minted everything minted so far (emission and re-mint)
 * @param burned everything burned so far
 * @param emission the last epoch's scheduled emission
 * @param remint the last epoch's re-mint
 * @param burnedInEpoch the last epoch's burn
 * @param operatorRewards the last epoch's operator reward pool
 * @param operators the number of operators
 * @param price the token's fiat price
 * @param demand the credits demanded per epoch before noise
 * @param creditsBought the credits demanded in the last epoch (all bought, unless the burn was
 *     capped at the supply)
 * @since 0.1.0
 */
public record NetworkState(
    Token token,
    BigInteger supply,
    BigInteger minted,
    BigInteger burned,
    BigInteger emission,
    BigInteger remint,
    BigInteger burnedInEpoch,
    BigInteger operatorRewards,
    double operators,
    double price,
    double demand,
    long creditsBought) {
  /** Checks that no amount is null. */
  public NetworkState {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(supply, "supply");
    Objects.requireNonNull(minted, "minted");
    Objects.requireNonNull(burned, "burned");
    Objects.requireNonNull(emission, "emission");
    Objects.requireNonNull(remint, "remint");
    Objects.requireNonNull(burnedInEpoch, "burnedInEpoch");
    Objects.requireNonNull(operatorRewards, "operatorRewards");
  }

  /**
   * Returns an amount of this state in whole tokens, for plots and aggregates.
   *
   * @param baseUnits an amount in base units of {@link #token()}
   * @return {@code baseUnits / 10^decimals}, from the nearest {@code double} of each
   */
  public double tokens(BigInteger baseUnits) {
    return baseUnits.doubleValue() / POWERS_OF_TEN[token.decimals()];
  }

  private static final double[] POWERS_OF_TEN = powersOfTen();

  private static double[] powersOfTen() {
    double[] p = new double[Token.MAX_DECIMALS + 1];
    for (int i = 0; i < p.length; i++) {
      p[i] = Double.parseDouble("1e" + i);
    }
    return p;
  }
}
