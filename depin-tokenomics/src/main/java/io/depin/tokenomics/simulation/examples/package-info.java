/**
 * Example models built with the public simulation API; {@link
 * io.depin.tokenomics.simulation.examples.HalvingBurnModel} is the model measured against radCAD
 * and cadCAD in {@code benchmarks/README.md}.
 */
@NullMarked
package io.depin.tokenomics.simulation.examples;

import org.jspecify.annotations.NullMarked;
