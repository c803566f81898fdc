package io.depin.tokenomics.distribution;

/**
 * How a bucket is shared among its participants.
 *
 * {@snippet :
 * DistributionMethod method = DistributionMethod.fromName("largest-remainder");
 * }
 *
 * @since 0.1.0
 */
public enum DistributionMethod {
  /**
   * Pro rata by effective weight: each participant gets {@code floor(amount * weight / totalWeight)}
   * base units, or, when the policy states a rate scale, the per-weight rate {@code amount /
   * totalWeight} is first rounded to that many decimal places and each payout is {@code
   * floor(weight * rate)}. What is left is reported as rounding dust (as Helium's reward oracles
   * report it).
   */
  PRO_RATA("pro-rata"),
  /**
   * The largest-remainder method (Hamilton): every participant first gets the floor of its exact
   * share, then the base units left over go, one each, to the participants with the largest
   * remainders; equal remainders go to the participant listed first. Each payout is the floor or
   * the floor plus one of the exact share, and no dust is left.
   */
  LARGEST_REMAINDER("largest-remainder");

  private final String yamlName;

  DistributionMethod(String yamlName) {
    this.yamlName = yamlName;
  }

  /** {@return the name used in policy files, such as {@code "pro-rata"}} */
  public String yamlName() {
    return yamlName;
  }

  /**
   * Returns the method with a policy-file name.
   *
   * @param name {@code "pro-rata"} or {@code "largest-remainder"}
   * @return the method
   * @throws IllegalArgumentException for another name
   */
  public static DistributionMethod fromName(String name) {
    for (DistributionMethod m : values()) {
      if (m.yamlName.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "expected pro-rata or largest-remainder, found \"" + name + "\"");
  }
}
