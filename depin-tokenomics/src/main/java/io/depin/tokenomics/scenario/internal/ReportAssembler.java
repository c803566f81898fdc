package io.depin.tokenomics.scenario.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.report.BandChart;
import io.depin.tokenomics.report.LineChart;
import io.depin.tokenomics.report.Lorenz;
import io.depin.tokenomics.report.LorenzChart;
import io.depin.tokenomics.report.Report;
import io.depin.tokenomics.report.Section;
import io.depin.tokenomics.scenario.Scenario;
import io.depin.tokenomics.simulation.AggregateSeries;
import io.depin.tokenomics.simulation.RunFailure;
import io.depin.tokenomics.simulation.agents.PriceProcess;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the report of one scenario (or sweep point) from its aggregates. */
public final class ReportAssembler {
  /** The most failures listed one by one in the metadata. */
  public static final int MAX_LISTED_FAILURES = 20;

  private ReportAssembler() {}

  /**
   * The aggregates of one sweep point, by column name.
   *
   * @param supply supply
   * @param emission scheduled emission per epoch
   * @param remint re-mint per epoch
   * @param burned burn per epoch
   * @param operators operators
   */
  public record Aggregates(
      AggregateSeries supply,
      AggregateSeries emission,
      AggregateSeries remint,
      AggregateSeries burned,
      AggregateSeries operators) {}

  /**
   * Builds the report.
   *
   * @param scenario the scenario (a sweep point's scenario for a sweep)
   * @param point the swept values, empty outside a sweep
   * @param aggregates the point's aggregates
   * @param completed the runs that completed
   * @param failures the runs that failed
   * @param lorenz the median run's reward distribution, or null if no run completed
   * @param medianRun the index of that run, or -1
   * @return the report
   */
  public static Report build(
      Scenario scenario,
      Map<String, String> point,
      Aggregates aggregates,
      long completed,
      List<RunFailure> failures,
      @Nullable Lorenz lorenz,
      int medianRun) {
    int steps = scenario.steps();
    String token = scenario.token().symbol();
    String epoch = "epoch (" + scenario.epochLengthDescription() + ")";
    Report.Builder r = Report.builder().title(scenario.name() + ": " + scenario.runs() + " runs of "
        + steps + " epochs");
    r.metadata("scenario", scenario.name());
    r.metadata("description", scenario.description().strip());
    r.metadata("seed", scenario.seed());
    r.metadata("runs", scenario.runs());
    r.metadata("steps", steps);
    r.metadata("epoch_length", scenario.epochLengthDescription());
    r.metadata("token", token + " (" + scenario.token().decimals() + " decimals)");
    for (Map.Entry<String, String> e : point.entrySet()) {
      r.metadata("sweep." + e.getKey(), e.getValue());
    }
    r.metadata("initial_supply", scenario.initialSupply().toDecimalString() + " " + token);
    r.metadata("emission_epoch_0", scenario.emission().amountAt(io.depin.core.time.Epoch.of(0))
        + " base units");
    BurnMintRules bm = scenario.burnAndMint();
    r.metadata("burn_and_mint", "credit price " + bm.creditPrice().fiatPerCredit().toPlainString()
        + ", haircut k=" + bm.haircut().k().toPlainString() + ", re-mint "
        + bm.remint().basis().name().toLowerCase(Locale.ROOT) + " x "
        + bm.remint().ratio().toPlainString() + " capped at "
        + bm.remint().capPerEpoch().toDecimalString() + " " + token + " per epoch");
    r.metadata("demand", scenario.demand().toString());
    r.metadata("price", scenario.price().process() instanceof PriceProcess.Series series
        ? "series of " + series.length() + " prices from " + format(series.at(0))
            + ", oracle confidence " + format(scenario.price().confidence()) + " of the price"
        : scenario.price().toString());
    r.metadata("operators", scenario.operators().toString());
    r.metadata("percentiles", aggregates.supply().method().toString());
    r.metadata("percentile_method", aggregates.supply().method().description());
    r.metadata("completed_runs", completed);
    r.metadata("failed_runs", failures.size());
    for (int i = 0; i < Math.min(failures.size(), MAX_LISTED_FAILURES); i++) {
      RunFailure f = failures.get(i);
      r.metadata("failure_" + (i + 1), describe(f));
    }
    if (completed > 0) {
      r.metadata("final_supply_mean", display(aggregates.supply().mean(steps)));
      r.metadata("final_supply_p50", display(aggregates.supply().p50(steps)));
      r.metadata("final_operators_p50", display(aggregates.operators().p50(steps)));
      r.section(Section.of("Supply", "Circulating supply in " + token + ": 5th to 95th percentile,"
          + " median and mean over " + completed + " completed runs.",
          band("supply", "Circulating supply", epoch, token, aggregates.supply())));
      double[] x = new double[steps];
      double[] emitted = new double[steps];
      double[] reminted = new double[steps];
      double[] burned = new double[steps];
      for (int t = 0; t < steps; t++) {
        x[t] = t;
        emitted[t] = aggregates.emission().mean(t + 1);
        reminted[t] = aggregates.remint().mean(t + 1);
        burned[t] = aggregates.burned().mean(t + 1);
      }
      r.section(Section.of("Emission and burn", "Scheduled emission, re-mint and burn per epoch,"
          + " in " + token + ", mean over completed runs.",
          LineChart.builder("emission-burn").title("Emission vs burn per epoch")
              .caption("Means over " + completed + " runs.").axes(epoch, token)
              .x(x).series("emission", emitted).series("re-mint", reminted)
              .series("burned", burned).build()));
      r.section(Section.of("Operators", "Operators on the network, who join or leave on the fiat"
          + " value of their rewards against their cost.",
          band("operators", "Operator count", epoch, "operators", aggregates.operators())));
    }
    if (lorenz != null) {
      r.metadata("gini_final_epoch", display(lorenz.gini()));
      r.section(Section.of("Reward distribution", "The final epoch's operator rewards of the"
          + " median run (by final supply, run " + medianRun + "), distributed exactly by the"
          + " scenario's policy over " + lorenz.recipients() + " recipients with seeded"
          + " log-normal weights.",
          LorenzChart.of("rewards-lorenz", "Reward distribution, final epoch",
              String.format(Locale.ROOT, "Gini %.4f over %d recipients.", lorenz.gini(),
                  lorenz.recipients()), lorenz)));
    }
    if (!failures.isEmpty()) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < Math.min(failures.size(), MAX_LISTED_FAILURES); i++) {
        text.append(describe(failures.get(i))).append(". ");
      }
      if (failures.size() > MAX_LISTED_FAILURES) {
        text.append("And ").append(failures.size() - MAX_LISTED_FAILURES).append(" more.");
      }
      r.section(Section.of("Failed runs", text.toString().strip()));
    }
    return r.build();
  }

  /**
   * Describes a failure for people: run, seed, step and message.
   *
   * @param f the failure
   * @return one line
   */
  public static String describe(RunFailure f) {
    String message = f.cause().getMessage();
    return "run " + f.runIndex() + " (seed " + f.seed() + ") failed at step " + f.step() + ": "
        + (message == null ? f.cause().getClass().getSimpleName() : message);
  }

  private static BandChart band(
      String id, String title, String xLabel, String yLabel, AggregateSeries s) {
    BandChart.Builder b = BandChart.builder(id).title(title)
        .caption("Band: 5th to 95th percentile; lines: median and mean over " + s.runs() + " runs."
            + (s.method().isExact() ? "" : " Percentiles from a relative-error sketch (DDSketch),"
                + " each within " + display(s.method().relativeAccuracy() * 100)
                + "% of the exact value; mean exact."))
        .axes(xLabel, yLabel);
    for (int t = 0; t < s.length(); t++) {
      b.step(t, s.p5(t), s.p50(t), s.p95(t), s.mean(t));
    }
    return b.build();
  }

  /**
   * Formats a number without locale.
   *
   * @param v the number
   * @return its shortest decimal form, or the integer if it is integral and small
   */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * Formats a figure for people to read: whole numbers from 1000 up, six significant digits below,
   * never in exponent notation. Data files keep {@link #format(double)}.
   *
   * @param v the figure
   * @return its rounded plain decimal form
   */
  static String display(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (Math.abs(v) >= 1000 && Math.abs(v) < 0x1p53) {
      return Long.toString(Math.round(v));
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
