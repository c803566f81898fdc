/**
 * {@code depin tokenomics}: commands for researchers working on a token economy. {@link
 * io.depin.cli.tokenomics.TokenomicsCommand} is the group; each subcommand is its own class.
 */
@NullMarked
package io.depin.cli.tokenomics;

import org.jspecify.annotations.NullMarked;
