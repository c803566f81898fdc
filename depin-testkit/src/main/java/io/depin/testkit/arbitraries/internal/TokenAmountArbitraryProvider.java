package io.depin.testkit.arbitraries.internal;

import io.depin.core.token.TokenAmount;
import io.depin.testkit.arbitraries.DepinArbitraries;
import java.math.BigInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.providers.TypeUsage;

/**
 * Serves {@code @ForAll TokenAmount}: amounts of {@link DepinArbitraries#TEST_TOKEN}, from 0 to
 * {@link DepinArbitraries#DEFAULT_MAX_BASE_UNITS} base units, or within jqwik's {@code
 * @BigRange(min, max)} when present (an empty bound keeps its default).
 */
public final class TokenAmountArbitraryProvider extends SingleTypeArbitraryProvider<TokenAmount> {
  /** Creates the provider; jqwik does this through the service loader. */
  public TokenAmountArbitraryProvider() {
    super(TokenAmount.class);
  }

  @Override
  protected Arbitrary<TokenAmount> arbitraryFor(TypeUsage target) {
    return target
        .findAnnotation(BigRange.class)
        .map(TokenAmountArbitraryProvider::ranged)
        .orElseGet(() -> DepinArbitraries.tokenAmounts(DepinArbitraries.TEST_TOKEN));
  }

  private static Arbitrary<TokenAmount> ranged(BigRange range) {
    BigInteger min = range.min().isEmpty() ? BigInteger.ZERO : new BigInteger(range.min());
    BigInteger max =
        range.max().isEmpty() ? DepinArbitraries.DEFAULT_MAX_BASE_UNITS : new BigInteger(range.max());
    return DepinArbitraries.tokenAmounts(DepinArbitraries.TEST_TOKEN, min, max);
  }
}
