package io.depin.tokenomics.report;

import java.util.SplittableRandom;

/** A report with every chart kind, built from a seeded toy simulation, for the writer tests. */
final class SampleReports {
  static final long SEED = 20_260_101L;
  static final int RUNS = 200;
  static final int EPOCHS = 60;

  private SampleReports() {}

  static Report allKinds() {
    SplittableRandom random = new SplittableRandom(SEED);
    BandChart.Builder supply =
        BandChart.builder("supply")
            .title("Circulating supply")
            .caption("5th to 95th percentile, median and mean over " + RUNS + " runs.")
            .axes("epoch", "supply (tokens)");
    double[] supplies = new double[RUNS];
    double[] burnRate = new double[RUNS];
    for (int r = 0; r < RUNS; r++) {
      burnRate[r] = 0.2 + 0.6 * random.nextDouble();
    }
    java.util.Arrays.fill(supplies, 1_000_000);
    double[] epochs = new double[EPOCHS];
    double[] emitted = new double[EPOCHS];
    double[] burned = new double[EPOCHS];
    double[] operators = new double[EPOCHS];
    for (int e = 0; e < EPOCHS; e++) {
      epochs[e] = e;
      emitted[e] = 50_000.0 / (1 << (e / 20));
      double burnSum = 0;
      for (int r = 0; r < RUNS; r++) {
        double burn = emitted[e] * burnRate[r] * (0.5 + random.nextDouble()) * e / EPOCHS;
        supplies[r] += emitted[e] - burn;
        burnSum += burn;
      }
      burned[e] = burnSum / RUNS;
      operators[e] = 100 + 3 * e + random.nextInt(10);
      supply.stepFromRuns(e, supplies);
    }
    long[] rewards = new long[500];
    for (int i = 0; i < rewards.length; i++) {
      rewards[i] = (long) (1_000 * Math.exp(2.5 * random.nextDouble()));
    }
    return Report.builder()
        .title("Toy halving network")
        .metadata("seed", SEED)
        .metadata("runs", RUNS)
        .metadata("emission", "halving every 20 epochs from 50000 tokens")
        .section(Section.of("Supply", "Circulating supply across runs.", supply.build()))
        .section(
            Section.of(
                "Flows and operators",
                "Mean emission and burn per epoch, and the operator count of run 0.",
                LineChart.builder("emission-burn")
                    .title("Emission vs burn per epoch")
                    .axes("epoch", "tokens")
                    .x(epochs)
                    .series("emitted", emitted)
                    .series("burned", burned)
                    .build(),
                LineChart.builder("operators")
                    .title("Operator count")
                    .caption("Operators online at the end of each epoch.")
                    .axes("epoch", "operators")
                    .x(epochs)
                    .series("operators", operators)
                    .build()))
        .section(
            Section.of(
                "Rewards",
                "Rewards per operator in the last epoch.",
                LorenzChart.of(
                    "rewards", "Reward distribution", "", Inequality.lorenz(rewards))))
        .build();
  }
}
