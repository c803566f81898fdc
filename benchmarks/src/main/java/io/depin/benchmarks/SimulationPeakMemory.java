package io.depin.benchmarks;

import io.depin.tokenomics.simulation.AggregateSink;
import io.depin.tokenomics.simulation.PercentileMethod;
import io.depin.tokenomics.simulation.Simulation;
import io.depin.tokenomics.simulation.SimulationResult;
import io.depin.tokenomics.simulation.examples.HalvingBurnModel;
import java.lang.management.ManagementFactory;

/**
 * Runs the {@link SimulationBenchmark} simulation a few times in a plain JVM, for measuring the
 * process's peak memory from outside (JMH's own harness would be counted too), and prints each
 * repetition's wall time, process CPU time and mean final supply. Arguments: repetitions (default
 * 5), runs (default 1000) and the {@link PercentileMethod} (default {@code exact}).
 *
 * <pre>
 * /usr/bin/time -v java -Xmx256m -cp benchmarks/target/benchmarks.jar io.depin.benchmarks.SimulationPeakMemory 5
 * /usr/bin/time -v java -Xmx128m -cp benchmarks/target/benchmarks.jar \
 *     io.depin.benchmarks.SimulationPeakMemory 3 10000 'sketch(0.01)'
 * </pre>
 */
public final class SimulationPeakMemory {
  private SimulationPeakMemory() {}

  /**
   * Runs the simulation.
   *
   * @param args the number of repetitions (default 5), the runs (default 1000), the percentile
   *     method (default exact)
   */
  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    PercentileMethod method = PercentileMethod.parse(args.length > 2 ? args[2] : "exact");
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var model = HalvingBurnModel.model();
    for (int i = 0; i < repetitions; i++) {
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      AggregateSink aggregates = AggregateSink.create(method);
      SimulationResult result =
          Simulation.builder(model)
              .params(HalvingBurnModel.Params.radcadComparison())
              .runs(runs)
              .steps(3650)
              .seed(42L)
              .sink(aggregates)
              .build()
              .run();
      long wall = System.nanoTime() - wall0;
      long cpu = os.getProcessCpuTime() - cpu0;
      System.out.printf(
          "%s %s: wall %d ms, process cpu %d ms, mean final supply %.0f, p5 %.0f, p95 %.0f,"
              + " minted %.0f%n",
          result,
          method,
          wall / 1_000_000,
          cpu / 1_000_000,
          aggregates.series(0, "supply").mean(3650),
          aggregates.series(0, "supply").p5(3650),
          aggregates.series(0, "supply").p95(3650),
          aggregates.series(0, "minted").mean(3650));
    }
  }
}
