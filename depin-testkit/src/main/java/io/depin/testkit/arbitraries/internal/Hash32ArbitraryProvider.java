package io.depin.testkit.arbitraries.internal;

import io.depin.core.bytes.Hash32;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.TypeUsage;

/** Serves {@code @ForAll Hash32}: {@link DepinArbitraries#hash32()}. */
public final class Hash32ArbitraryProvider extends SingleTypeArbitraryProvider<Hash32> {
  /** Creates the provider; jqwik does this through the service loader. */
  public Hash32ArbitraryProvider() {
    super(Hash32.class);
  }

  @Override
  protected Arbitrary<Hash32> arbitraryFor(TypeUsage target) {
    return DepinArbitraries.hash32();
  }
}
