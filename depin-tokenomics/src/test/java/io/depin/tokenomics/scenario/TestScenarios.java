package io.depin.tokenomics.scenario;

/** A small valid scenario for tests, and ways to vary it. */
final class TestScenarios {
  private TestScenarios() {}

  /** A valid scenario: 8-decimal token, 30 daily epochs, 5 runs; line numbers matter to tests. */
  static final String BASE = """
      name: test
      token: {symbol: TOK, decimals: 8}
      epoch_length: P1D
      steps: 30
      runs: 5
      seed: 11
      initial_supply: "1000000"
      emission:
        halving: {initial: 100_000_000_000, interval: 10}
      burn_and_mint:
        creditPrice: 0.00001
        haircut: 2
        remint: {basis: burned, ratio: 0.5, capPerEpoch: "100"}
      demand:
        initial: 10_000_000
        growth: {exponential: {rate: 0.01}}
        volatility: 0.2
      price:
        confidence: 0.01
        gbm: {initial: 2.0, drift: 0.0, volatility: 0.05}
      operators:
        initial: 100
        cost_per_epoch: 1.0
        reward_share: 0.5
        response_rate: 0.1
        max_join_rate: 0.05
        max_leave_rate: 0.05
      rewards:
        policy:
          token: {symbol: TOK, decimals: 8}
          method: pro-rata
          payout-rounding: DOWN
          buckets: [{name: work, share: 1}]
        weight_sigma: 1.0
      """;

  /** {@return the base scenario with one line replaced, for error tests} */
  static String replacing(String line, String replacement) {
    if (!BASE.contains(line)) {
      throw new IllegalArgumentException("no line " + line);
    }
    return BASE.replace(line, replacement);
  }
}
