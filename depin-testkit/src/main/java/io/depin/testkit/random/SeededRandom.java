package io.depin.testkit.random;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test seeded, reproducible randomness, and reports the seed when the test fails.
 *
 * <p>On a test class or method, it lets the test (and its {@code @BeforeEach} and {@code
 * @AfterEach} methods, which share the test's generator) declare a parameter of type {@link
 * DeterministicRandom}, {@link java.util.random.RandomGenerator}, {@link java.util.Random} or
 * {@link java.security.SecureRandom}; all of them draw from one {@link DeterministicRandom} per
 * test.
 *
 * {@snippet :
 * @SeededRandom
 * class RewardSplitTest {
 *   @Test
 *   void split_randomStakes_sumsToPool(RandomGenerator rng) {
 *     long stake = rng.nextLong(1, 1_000_000);
 *     // ...
 *   }
 * }
 * }
 *
 * <p>The seed is, in order of precedence:
 *
 * <ol>
 *   <li>the JUnit configuration parameter or system property {@value
 *       SeededRandomExtension#SEED_PROPERTY} (for example {@code ./mvnw test
 *       -Dtest='RewardSplitTest#split_randomStakes_sumsToPool' -Ddepin.seed=0x5eed}), which reruns a
 *       failure;
 *   <li>{@link #seed()} on the method, then on the class, which pins a test to one seed;
 *   <li>otherwise a fresh seed for every test.
 * </ol>
 *
 * <p>When a test fails, its exception gets a suppressed {@link SeedReport} naming the seed and the
 * command line that reruns it; the seed is also published as the report entry {@value
 * SeededRandomExtension#SEED_PROPERTY} for every test that draws one.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SeededRandomExtension.class)
public @interface SeededRandom {
  /**
   * The seed to use: {@code 0x} followed by up to 16 hex digits, or a decimal {@code long}. Empty
   * (the default) means a fresh seed per test.
   *
   * @return the seed, or an empty string
   */
  String seed() default "";
}
