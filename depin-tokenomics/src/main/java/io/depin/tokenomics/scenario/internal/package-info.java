/** Internals of the scenario package: the YAML reader, the final-state sink and report assembly. */
@NullMarked
package io.depin.tokenomics.scenario.internal;

import org.jspecify.annotations.NullMarked;
