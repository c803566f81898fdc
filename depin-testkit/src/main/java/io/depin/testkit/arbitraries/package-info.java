/**
 * jqwik arbitraries for SDK types: {@link io.depin.testkit.arbitraries.DepinArbitraries} for
 * explicit use, and providers registered with jqwik so that {@code @ForAll} parameters of SDK
 * types resolve without further setup.
 */
@NullMarked
package io.depin.testkit.arbitraries;

import org.jspecify.annotations.NullMarked;
