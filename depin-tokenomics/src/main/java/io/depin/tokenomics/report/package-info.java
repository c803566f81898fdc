/**
 * Reports of simulation results that people would rather look at than read: a self-contained
 * HTML page with the plots embedded, and the same numbers beside it as CSV and JSON.
 *
 * <p>The model is plain data, so any producer (the simulation engine, a notebook, a test) can fill
 * it: a {@link io.depin.tokenomics.report.Report} holds metadata and {@link
 * io.depin.tokenomics.report.Section sections}; a section holds {@link
 * io.depin.tokenomics.report.Chart charts} of three kinds: {@link
 * io.depin.tokenomics.report.BandChart} (percentile band, median and mean over steps), {@link
 * io.depin.tokenomics.report.LineChart} (several named series over steps) and {@link
 * io.depin.tokenomics.report.LorenzChart} (a reward distribution as a Lorenz curve with its Gini
 * coefficient, computed by {@link io.depin.tokenomics.report.Inequality}). {@link
 * io.depin.tokenomics.report.ReportWriter} writes the files. No plotting library type appears in
 * this API.
 */
@NullMarked
package io.depin.tokenomics.report;

import org.jspecify.annotations.NullMarked;
