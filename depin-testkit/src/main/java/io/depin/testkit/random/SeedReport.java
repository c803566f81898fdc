package io.depin.testkit.random;

/**
 * Attached by {@link SeededRandomExtension} as a suppressed exception to the failure of a test that
 * drew seeded randomness: it names the seed and the command that reruns the test with it.
 *
 * <p>It is never thrown; it appears in the failure's stack trace as
 *
 * {@snippet lang=text :
 * Suppressed: io.depin.testkit.random.SeedReport: seed 0x000000000000002a; rerun with
 *   -Ddepin.seed=0x000000000000002a (Maven: ./mvnw test -Dtest='com.example.SplitTest#split'
 *   -Ddepin.seed=0x000000000000002a) or pin it with @SeededRandom(seed = "0x000000000000002a")
 * }
 *
 * <p>Tools can read it back from the failure:
 *
 * {@snippet :
 * for (Throwable s : failure.getSuppressed()) {
 *   if (s instanceof SeedReport report) {
 *     long seed = report.seed();
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class SeedReport extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The seed the failed run used. */
  private final long seed;

  /**
   * Creates a report.
   *
   * @param seed the seed the failing test used
   * @param testSelector {@code fully.qualified.Class#method}, or just the class name when the
   *     failure happened outside a test method
   */
  public SeedReport(long seed, String testSelector) {
    super(message(seed, testSelector), null, false, false);
    this.seed = seed;
  }

  /** {@return the seed the failing test used} */
  public long seed() {
    return seed;
  }

  private static String message(long seed, String testSelector) {
    String hex = Seeds.format(seed);
    return "seed "
        + hex
        + "; rerun with -D"
        + SeededRandomExtension.SEED_PROPERTY
        + "="
        + hex
        + " (Maven: ./mvnw test -Dtest='"
        + testSelector
        + "' -D"
        + SeededRandomExtension.SEED_PROPERTY
        + "="
        + hex
        + ") or pin it with @SeededRandom(seed = \""
        + hex
        + "\")";
  }
}
