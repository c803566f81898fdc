package io.depin.testkit.arbitraries.internal;

import io.depin.core.token.Token;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.TypeUsage;

/** Serves {@code @ForAll Token}: {@link DepinArbitraries#tokens()}. */
public final class TokenArbitraryProvider extends SingleTypeArbitraryProvider<Token> {
  /** Creates the provider; jqwik does this through the service loader. */
  public TokenArbitraryProvider() {
    super(Token.class);
  }

  @Override
  protected Arbitrary<Token> arbitraryFor(TypeUsage target) {
    return DepinArbitraries.tokens();
  }
}
