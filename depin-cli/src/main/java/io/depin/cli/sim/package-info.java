/**
 * {@code depin sim}: runs token-economy scenarios from YAML files ({@code sim run}) and their
 * parameter sweeps ({@code sim sweep}), with progress on stderr (a bar on a terminal, plain lines
 * otherwise), and writes self-contained HTML reports with CSV and JSON beside them.
 */
@NullMarked
package io.depin.cli.sim;

import org.jspecify.annotations.NullMarked;
