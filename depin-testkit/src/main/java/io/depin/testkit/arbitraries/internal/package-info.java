/**
 * The jqwik {@code ArbitraryProvider}s registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}. Not API; users reach them through
 * {@code @ForAll} or {@link io.depin.testkit.arbitraries.DepinArbitraries}.
 */
@NullMarked
package io.depin.testkit.arbitraries.internal;

import org.jspecify.annotations.NullMarked;
