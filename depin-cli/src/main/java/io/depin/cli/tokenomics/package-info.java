/**
 * The {@code depin tokenomics} commands: emission schedules and exact reward distribution, read
 * from YAML policies and CSV inputs.
 */
@NullMarked
package io.depin.cli.tokenomics;

import org.jspecify.annotations.NullMarked;
