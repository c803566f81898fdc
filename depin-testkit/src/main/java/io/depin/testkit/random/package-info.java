/**
 * Seeded, reproducible randomness for tests: {@link io.depin.testkit.random.DeterministicRandom},
 * and the JUnit 5 extension {@link io.depin.testkit.random.SeededRandom} that injects it and reports
 * the seed of a failing test with the command that reruns it.
 */
@NullMarked
package io.depin.testkit.random;

import org.jspecify.annotations.NullMarked;
