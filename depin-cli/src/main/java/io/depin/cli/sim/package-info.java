/**
 * {@code depin sim}: runs token-economy scenarios from YAML files ({@code sim run}) and their
 * parameter sweeps ({@code sim sweep}), with a progress bar, and writes self-contained HTML
 * reports with CSV and JSON beside them.
 */
@NullMarked
package io.depin.cli.sim;

import org.jspecify.annotations.NullMarked;
