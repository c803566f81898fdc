package io.depin.testkit.arbitraries.internal;

import io.depin.core.eth.EthAddress;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.TypeUsage;

/** Serves {@code @ForAll EthAddress}: {@link DepinArbitraries#ethAddresses()}. */
public final class EthAddressArbitraryProvider extends SingleTypeArbitraryProvider<EthAddress> {
  /** Creates the provider; jqwik does this through the service loader. */
  public EthAddressArbitraryProvider() {
    super(EthAddress.class);
  }

  @Override
  protected Arbitrary<EthAddress> arbitraryFor(TypeUsage target) {
    return DepinArbitraries.ethAddresses();
  }
}
