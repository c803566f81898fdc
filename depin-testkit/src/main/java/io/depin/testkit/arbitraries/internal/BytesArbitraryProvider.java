package io.depin.testkit.arbitraries.internal;

import io.depin.core.bytes.Bytes;
import io.depin.testkit.arbitraries.DepinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.providers.TypeUsage;

/**
 * Serves {@code @ForAll Bytes}: {@link DepinArbitraries#bytes()}, or the lengths of jqwik's {@code
 * @Size} ({@code value} for an exact length, else {@code min} to {@code max}) when present.
 */
public final class BytesArbitraryProvider extends SingleTypeArbitraryProvider<Bytes> {
  /** Creates the provider; jqwik does this through the service loader. */
  public BytesArbitraryProvider() {
    super(Bytes.class);
  }

  @Override
  protected Arbitrary<Bytes> arbitraryFor(TypeUsage target) {
    return target
        .findAnnotation(Size.class)
        .map(BytesArbitraryProvider::sized)
        .orElseGet(DepinArbitraries::bytes);
  }

  private static Arbitrary<Bytes> sized(Size size) {
    if (size.value() != 0) {
      return DepinArbitraries.bytesOfLength(size.value());
    }
    int max = size.max() != 0 ? size.max() : Math.max(size.min(), DepinArbitraries.DEFAULT_MAX_LENGTH);
    return DepinArbitraries.bytes(size.min(), max);
  }
}
