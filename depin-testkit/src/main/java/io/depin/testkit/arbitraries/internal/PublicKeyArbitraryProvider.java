package io.depin.testkit.arbitraries.internal;

import io.depin.core.crypto.PublicKey;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.TypeUsage;

/** Serves {@code @ForAll PublicKey}: {@link DepinArbitraries#publicKeys()}, every key type. */
public final class PublicKeyArbitraryProvider extends SingleTypeArbitraryProvider<PublicKey> {
  /** Creates the provider; jqwik does this through the service loader. */
  public PublicKeyArbitraryProvider() {
    super(PublicKey.class);
  }

  @Override
  protected Arbitrary<PublicKey> arbitraryFor(TypeUsage target) {
    return DepinArbitraries.publicKeys();
  }
}
