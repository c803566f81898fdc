package io.depin.testkit.arbitraries.internal;

import io.depin.core.crypto.SigningKey;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.TypeUsage;

/** Serves {@code @ForAll SigningKey}: {@link DepinArbitraries#signingKeys()}, every key type. */
public final class SigningKeyArbitraryProvider extends SingleTypeArbitraryProvider<SigningKey> {
  /** Creates the provider; jqwik does this through the service loader. */
  public SigningKeyArbitraryProvider() {
    super(SigningKey.class);
  }

  @Override
  protected Arbitrary<SigningKey> arbitraryFor(TypeUsage target) {
    return DepinArbitraries.signingKeys();
  }
}
