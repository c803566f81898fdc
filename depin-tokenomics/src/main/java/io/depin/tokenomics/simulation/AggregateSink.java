package io.depin.tokenomics.simulation;

import io.depin.tokenomics.simulation.internal.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Per-step statistics of numeric columns over the runs of each parameter set: mean, and the 5th,
 * 50th and 95th percentiles.
 *
 * <p><b>Exact, and what it costs.</b> The percentiles are exact (type 7 of Hyndman and Fan, the
 * default of numpy and pandas), not estimated: the sink keeps one {@code double} per run, time and
 * aggregated column, that is {@code 8 * sweepSize * runs * (steps + 1) * columns} bytes (1000 runs
 * of 3650 steps: 29 MB per column). The states themselves are not kept. Aggregate fewer columns
 * with {@link #of(String...)} to use less. Means are summed in run order and percentiles are found
 * by selection when the simulation ends, so the figures do not depend on the thread count.
 *
 * <p>Runs that failed are left out; {@link AggregateSeries#runs()} says how many runs count. A NaN
 * value makes that time's statistics NaN.
 *
 * {@snippet :
 * AggregateSink aggregates = AggregateSink.of("supply");
 * Simulation.builder(model).params(params).runs(1000).steps(3650).seed(42).sink(aggregates).build().run();
 * double medianFinalSupply = aggregates.series(0, "supply").p50(3650);
 * }
 *
 * @since 0.1.0
 */
public final class AggregateSink implements Sink<Object> {
  private static final double[] PROBS = {0.05, 0.50, 0.95};
  private static final int BLOCK = 8;
  private static final int CHUNK = 256;

  private final List<String> wanted;
  private String[] names = new String[0];
  private int[] sources = new int[0];
  private double[][] data = new double[0][];
  private boolean[] completed = new boolean[0];
  private int runs;
  private int width;
  private int points;
  private int threads = 1;
  private AggregateSeries @Nullable [][] results;

  private AggregateSink(List<String> wanted) {
    this.wanted = wanted;
  }

  /**
   * Aggregates every column of the model.
   *
   * @return a new sink
   */
  public static AggregateSink create() {
    return new AggregateSink(List.of());
  }

  /**
   * Aggregates the named columns only.
   *
   * @param columns column names of the model; at least one
   * @return a new sink
   */
  public static AggregateSink of(String... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("no column");
    }
    return new AggregateSink(List.of(columns));
  }

  @Override
  public void open(SimulationPlan plan) {
    List<String> all = plan.columns();
    List<String> chosen = wanted.isEmpty() ? all : wanted;
    names = chosen.toArray(new String[0]);
    sources = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      sources[i] = all.indexOf(names[i]);
      if (sources[i] < 0) {
        throw new IllegalArgumentException("no column '" + names[i] + "' in " + all);
      }
    }
    runs = plan.runs();
    points = plan.sweepSize();
    width = plan.steps() + 1;
    long cells = (long) points * runs * width;
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "too many values per column for AggregateSink: " + cells + " (sweep x runs x steps)");
    }
    data = new double[names.length][(int) cells];
    completed = new boolean[points * runs];
    threads = plan.parallelism();
    results = null;
  }

  @Override
  public RunRecorder<Object> recorder(RunInfo run) {
    int index = run.sweepIndex() * runs + run.runIndex();
    int base = index * width;
    double[][] d = data;
    int[] src = sources;
    boolean[] done = completed;
    return new RunRecorder<>() {
      @Override
      public void record(int t, Object state, double[] columns) {
        for (int c = 0; c < d.length; c++) {
          d[c][base + t] = columns[src[c]];
        }
      }

      @Override
      public void completed() {
        done[index] = true;
      }
    };
  }

  /**
   * Computes the statistics, on as many threads as the simulation used; the per-run values are
   * released.
   */
  @Override
  public void close() {
    int columns = names.length;
    int[][] ok = new int[points][];
    double[][][] stats = new double[points * columns][4][width];
    for (int p = 0; p < points; p++) {
      ok[p] = completedRuns(p);
    }
    // work units: (series, chunk of CHUNK times); each writes only its own slots
    int chunks = (width + CHUNK - 1) / CHUNK;
    int units = points * columns * chunks;
    AtomicInteger nextUnit = new AtomicInteger();
    Runnable worker =
        () -> {
          double[][] buf = new double[BLOCK][runs];
          double[] q = new double[PROBS.length];
          int u;
          while ((u = nextUnit.getAndIncrement()) < units) {
            int series = u / chunks;
            int from = (u % chunks) * CHUNK;
            int p = series / columns;
            summarise(
                data[series % columns],
                p,
                ok[p],
                from,
                Math.min(width, from + CHUNK),
                stats[series],
                buf,
                q);
          }
        };
    runAll(worker, Math.min(threads, units));
    AggregateSeries[][] out = new AggregateSeries[points][columns];
    for (int p = 0; p < points; p++) {
      for (int c = 0; c < columns; c++) {
        double[][] st = stats[p * columns + c];
        out[p][c] = new AggregateSeries(names[c], ok[p].length, st[0], st[1], st[2], st[3]);
      }
    }
    results = out;
    data = new double[0][];
  }

  private static void runAll(Runnable worker, int threads) {
    if (threads <= 1) {
      worker.run();
      return;
    }
    Thread[] started = new Thread[threads - 1];
    for (int i = 0; i < started.length; i++) {
      started[i] = Thread.ofPlatform().name("depin-aggregate-" + i).daemon().start(worker);
    }
    worker.run();
    boolean interrupted = false;
    for (Thread th : started) {
      while (th.isAlive()) {
        try {
          th.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Fills {@code stats[0..3][from..to)} (mean, p5, p50, p95) of one column of one point. */
  private void summarise(
      double[] col,
      int p,
      int[] ok,
      int from,
      int to,
      double[][] stats,
      double[][] buf,
      double[] q) {
    int n = ok.length;
    for (int t0 = from; t0 < to; t0 += BLOCK) {
      int bl = Math.min(BLOCK, to - t0);
      // gather a block of consecutive times per run: one cache line per run, not one per value
      for (int j = 0; j < n; j++) {
        int base = (p * runs + ok[j]) * width + t0;
        for (int b = 0; b < bl; b++) {
          buf[b][j] = col[base + b];
        }
      }
      for (int b = 0; b < bl; b++) {
        double[] v = buf[b];
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += v[j];
        }
        int t = t0 + b;
        if (n == 0 || Double.isNaN(sum)) {
          stats[0][t] = stats[1][t] = stats[2][t] = stats[3][t] = Double.NaN;
          continue;
        }
        stats[0][t] = sum / n;
        Quantiles.compute(v, n, PROBS, q);
        stats[1][t] = q[0];
        stats[2][t] = q[1];
        stats[3][t] = q[2];
      }
    }
  }

  private int[] completedRuns(int point) {
    int[] ok = new int[runs];
    int n = 0;
    for (int r = 0; r < runs; r++) {
      if (completed[point * runs + r]) {
        ok[n++] = r;
      }
    }
    return Arrays.copyOf(ok, n);
  }

  /**
   * Returns the statistics of one column for one parameter set.
   *
   * @param sweepIndex the parameter set's index
   * @param column an aggregated column's name
   * @return the series
   * @throws IllegalStateException if the simulation has not ended
   * @throws IllegalArgumentException if the column is not aggregated
   */
  public AggregateSeries series(int sweepIndex, String column) {
    AggregateSeries[][] r = results;
    if (r == null) {
      throw new IllegalStateException("no finished simulation");
    }
    Objects.checkIndex(sweepIndex, r.length);
    for (AggregateSeries s : r[sweepIndex]) {
      if (s.column().equals(column)) {
        return s;
      }
    }
    throw new IllegalArgumentException("column not aggregated: " + column);
  }

  /** {@return the aggregated column names} */
  public List<String> columns() {
    return new ArrayList<>(Arrays.asList(names));
  }
}
