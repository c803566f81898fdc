package io.depin.testkit.arbitraries.internal;

import io.depin.core.time.Epoch;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.providers.TypeUsage;

/**
 * Serves {@code @ForAll Epoch}: {@link DepinArbitraries#epochs()}, or the indexes of jqwik's
 * {@code @LongRange(min, max)} when present.
 */
public final class EpochArbitraryProvider extends SingleTypeArbitraryProvider<Epoch> {
  /** Creates the provider; jqwik does this through the service loader. */
  public EpochArbitraryProvider() {
    super(Epoch.class);
  }

  @Override
  protected Arbitrary<Epoch> arbitraryFor(TypeUsage target) {
    return target
        .findAnnotation(LongRange.class)
        .map(range -> DepinArbitraries.epochs(range.min(), range.max()))
        .orElseGet(DepinArbitraries::epochs);
  }
}
