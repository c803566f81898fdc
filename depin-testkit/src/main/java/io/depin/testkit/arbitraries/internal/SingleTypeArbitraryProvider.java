package io.depin.testkit.arbitraries.internal;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Base of the test kit's jqwik providers: each serves exactly one SDK type. Adding a type takes one
 * subclass with a public no-argument constructor and one line in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * @param <T> the type served
 */
public abstract class SingleTypeArbitraryProvider<T> implements ArbitraryProvider {
  private final Class<T> type;

  /**
   * Creates a provider for {@code type}.
   *
   * @param type the type served
   */
  protected SingleTypeArbitraryProvider(Class<T> type) {
    this.type = type;
  }

  /**
   * Returns the arbitrary for one {@code @ForAll} parameter.
   *
   * @param target the parameter's type with its annotations, for constraints such as {@code @Size}
   * @return the arbitrary
   */
  protected abstract Arbitrary<T> arbitraryFor(TypeUsage target);

  @Override
  public final boolean canProvideFor(TypeUsage target) {
    return target.isOfType(type);
  }

  @Override
  public final Set<Arbitrary<?>> provideFor(TypeUsage target, SubtypeProvider subtypeProvider) {
    return Set.of(arbitraryFor(target));
  }
}
