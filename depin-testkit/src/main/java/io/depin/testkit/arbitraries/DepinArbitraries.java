package io.depin.testkit.arbitraries;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for SDK types, for explicit use in {@code @Provide} methods and combinators.
 *
 * <p>The same types also resolve by themselves: with this jar on the test class path, {@code
 * @ForAll Bytes b} and {@code @ForAll Hash32 h} work in any property (jqwik finds them through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}). {@code @ForAll Bytes}
 * honours jqwik's {@code @Size} and otherwise draws 0 to {@value #DEFAULT_MAX_LENGTH} bytes.
 *
 * {@snippet :
 * @Property
 * void hex_roundTrips(@ForAll @Size(max = 100) Bytes b) {
 *   assertThat(Bytes.fromHex(b.toHex())).isEqualTo(b);
 * }
 *
 * @Provide
 * Arbitrary<Bytes> signatures() {
 *   return DepinArbitraries.bytesOfLength(64);
 * }
 * }
 *
 * <p>All arbitraries shrink toward shorter values and zero bytes; their edge cases include the
 * empty value (where the lengths allow it) and the all-zero value.
 *
 * @since 0.1.0
 */
public final class DepinArbitraries {
  /** The largest length {@code @ForAll Bytes} draws when no {@code @Size} is given. */
  public static final int DEFAULT_MAX_LENGTH = 64;

  private DepinArbitraries() {}

  /** Returns byte values of 0 to {@value #DEFAULT_MAX_LENGTH} bytes. */
  public static Arbitrary<Bytes> bytes() {
    return bytes(0, DEFAULT_MAX_LENGTH);
  }

  /**
   * Returns byte values with lengths from {@code minLength} to {@code maxLength}, inclusive.
   *
   * @param minLength the shortest length; not negative
   * @param maxLength the longest length; at least {@code minLength}
   * @return the arbitrary
   * @throws IllegalArgumentException if the bounds are negative or reversed
   */
  public static Arbitrary<Bytes> bytes(int minLength, int maxLength) {
    if (minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException(
          "lengths must satisfy 0 <= min <= max; got min " + minLength + ", max " + maxLength);
    }
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofMinSize(minLength)
        .ofMaxSize(maxLength)
        .map(Bytes::of);
  }

  /**
   * Returns byte values of exactly {@code length} bytes.
   *
   * @param length the length; not negative
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code length} is negative
   */
  public static Arbitrary<Bytes> bytesOfLength(int length) {
    return bytes(length, length);
  }

  /** Returns 32-byte hashes; {@link Hash32#ZERO} is among the edge cases. */
  public static Arbitrary<Hash32> hash32() {
    return Arbitraries.bytes().array(byte[].class).ofSize(Hash32.LENGTH).map(Hash32::of);
  }
}
