/**
 * Test support for networks built on the DePIN SDK: a controllable clock, seeded randomness,
 * test-vector loaders and jqwik arbitraries for SDK types.
 *
 * <p>Add {@code io.depin:depin-testkit} with test scope.
 */
@NullMarked
package io.depin.testkit;

import org.jspecify.annotations.NullMarked;
