package io.depin.testkit.arbitraries.internal;

import io.depin.core.crypto.KeyType;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.TypeUsage;

/**
 * Serves {@code @ForAll KeyType}: {@link DepinArbitraries#keyTypes()}. Its priority is above the
 * default of jqwik's own enum provider, so this one is used rather than combined with it.
 */
public final class KeyTypeArbitraryProvider extends SingleTypeArbitraryProvider<KeyType> {
  /** Creates the provider; jqwik does this through the service loader. */
  public KeyTypeArbitraryProvider() {
    super(KeyType.class);
  }

  @Override
  protected Arbitrary<KeyType> arbitraryFor(TypeUsage target) {
    return DepinArbitraries.keyTypes();
  }

  @Override
  public int priority() {
    return 1;
  }
}
