package io.depin.tokenomics.simulation;

import io.depin.tokenomics.simulation.internal.Quantiles;
import io.depin.tokenomics.simulation.internal.SketchAggregator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Per-step statistics of numeric columns over the runs of each parameter set: mean, and the 5th,
 * 50th and 95th percentiles, found by one of two {@linkplain PercentileMethod methods}.
 *
 * <p><b>Exact</b> ({@link #create()}, {@link #of(String...)}, or {@link PercentileMethod#exact()}).
 * The percentiles are exact type-7 quantiles (Hyndman and Fan, the default of numpy and pandas):
 * with the completed runs' values at one time sorted as {@code x_0 <= ... <= x_(n-1)}, {@code h =
 * (n - 1) p}, {@code lo = floor(h)} and {@code f = h - lo}, the {@code p}-quantile is {@code x_lo +
 * f (x_(lo+1) - x_lo)}. The sink keeps one {@code double} per run, time and aggregated column, that
 * is {@code 8 * sweepSize * runs * (steps + 1) * columns} bytes (1000 runs of 3650 steps: 29 MB per
 * column; 10,000 runs: 292 MB per column), and at most {@link Integer#MAX_VALUE} values per column.
 * Means are summed in run order and percentiles are found by selection when the simulation ends.
 *
 * <p><b>Sketched</b> ({@link PercentileMethod#sketch(double)} with relative accuracy {@code
 * alpha}). Each (parameter set, column, time) gets a relative-error quantile sketch after DDSketch
 * (Masson, Rim and Lee, "DDSketch: a fast and fully-mergeable quantile sketch with relative-error
 * guarantees", PVLDB 12(12), 2019): logarithmic buckets of ratio {@code gamma = (1 + alpha) / (1 -
 * alpha)}, stored sparsely, with zeros, negative values and infinities counted apart. For every
 * rank {@code r} the sketch's estimate {@code e_r} of {@code x_r} satisfies {@code |e_r - x_r| <=
 * alpha |x_r|} (zeros and infinities are exact, and an estimate never changes sign); the reported
 * quantile is the same type-7 formula over the estimates, {@code e_lo + f (e_(lo+1) - e_lo)}, so
 * <pre>{@code |sketched - exact| <= alpha * ((1 - f) |x_lo| + f |x_(lo+1)|)}</pre>
 * up to the floating-point rounding of that formula, which is {@code alpha |exact|} whenever {@code
 * x_lo} and {@code x_(lo+1)} do not have opposite signs. Memory does not depend on the number of
 * runs: per parameter set, column and time one sketch of about 250 bytes plus 8 to 16 bytes per
 * bucket holding a value (a table at most half full), with at most one bucket per ratio {@code
 * gamma} spanned by the values (with {@code alpha = 0.01}, values within a factor 2 of each other
 * fill at most 36 buckets); plus per thread one such set and a batch of at most 32 runs' values. The mean is exact: the sum is kept
 * exactly (Shewchuk's partials) and divided by the count, then rounded (34 digits, then to a
 * {@code double}); it can differ in the last bits from the exact method's run-order sum. Sketches
 * merge exactly, so per-thread sketches give the same figures on any number of threads.
 *
 * <p>Both methods: the figures do not depend on the thread count. Runs that failed are left out;
 * {@link AggregateSeries#runs()} says how many runs count. A NaN value makes that time's statistics
 * NaN. Aggregate fewer columns with {@link #of(String...)} to use less memory.
 *
 * {@snippet :
 * AggregateSink aggregates = AggregateSink.of("supply");              // exact
 * AggregateSink sketched = AggregateSink.of(PercentileMethod.sketch(0.01), "supply");
 * Simulation.builder(model).params(params).runs(10_000).steps(3650).seed(42).sink(sketched)
 *     .build().run();
 * double medianFinalSupply = sketched.series(0, "supply").p50(3650);  // within 1% of the exact median
 * }
 *
 * @since 0.1.0
 */
public final class AggregateSink implements Sink<Object> {
  private static final double[] PROBS = {0.05, 0.50, 0.95};
  private static final int BLOCK = 8;
  private static final int CHUNK = 256;

  private final PercentileMethod method;
  private final List<String> wanted;
  private String[] names = new String[0];
  private int[] sources = new int[0];
  private double[][] data = new double[0][];
  private boolean[] completed = new boolean[0];
  private int runs;
  private int width;
  private int points;
  private int threads = 1;
  private @Nullable SketchAggregator sketches;
  private AggregateSeries @Nullable [][] results;

  private AggregateSink(PercentileMethod method, List<String> wanted) {
    this.method = Objects.requireNonNull(method, "method");
    this.wanted = wanted;
  }

  /**
   * Aggregates every column of the model, with exact percentiles.
   *
   * @return a new sink
   */
  public static AggregateSink create() {
    return new AggregateSink(PercentileMethod.exact(), List.of());
  }

  /**
   * Aggregates every column of the model, with percentiles found by the given method.
   *
   * @param method exact or sketched
   * @return a new sink
   */
  public static AggregateSink create(PercentileMethod method) {
    return new AggregateSink(method, List.of());
  }

  /**
   * Aggregates the named columns only, with exact percentiles.
   *
   * @param columns column names of the model; at least one
   * @return a new sink
   */
  public static AggregateSink of(String... columns) {
    return of(PercentileMethod.exact(), columns);
  }

  /**
   * Aggregates the named columns only, with percentiles found by the given method.
   *
   * @param method exact or sketched
   * @param columns column names of the model; at least one
   * @return a new sink
   */
  public static AggregateSink of(PercentileMethod method, String... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("no column");
    }
    return new AggregateSink(method, List.of(columns));
  }

  /** {@return how this sink finds percentiles} */
  public PercentileMethod method() {
    return method;
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
    threads = plan.parallelism();
    results = null;
    if (!method.isExact()) {
      sketches = new SketchAggregator(method.relativeAccuracy(), sources, points, runs, plan.steps());
      data = new double[0][];
      completed = new boolean[0];
      return;
    }
    sketches = null;
    long cells = (long) points * runs * width;
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "too many values per column for AggregateSink: " + cells + " (sweep x runs x steps)");
    }
    data = new double[names.length][(int) cells];
    completed = new boolean[points * runs];
  }

  @Override
  public RunRecorder<Object> recorder(RunInfo run) {
    SketchAggregator sk = sketches;
    if (sk != null) {
      SketchAggregator.Slot slot = sk.slot(run.sweepIndex());
      return new RunRecorder<>() {
        @Override
        public void record(int t, Object state, double[] columns) {
          slot.record(t, columns);
        }

        @Override
        public void completed() {
          slot.completed();
        }
      };
    }
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
   * Computes the statistics: exact ones on as many threads as the simulation used, after which the
   * per-run values are released; sketched ones by merging the threads' sketches.
   */
  @Override
  public void close() {
    SketchAggregator sk = sketches;
    if (sk != null) {
      closeSketches(sk);
      return;
    }
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
        out[p][c] =
            new AggregateSeries(names[c], ok[p].length, method, st[0], st[1], st[2], st[3]);
      }
    }
    results = out;
    data = new double[0][];
  }

  private void closeSketches(SketchAggregator sk) {
    double[][][][] stats = sk.finish(PROBS);
    AggregateSeries[][] out = new AggregateSeries[points][names.length];
    for (int p = 0; p < points; p++) {
      for (int c = 0; c < names.length; c++) {
        double[][] st = stats[p][c];
        out[p][c] =
            new AggregateSeries(names[c], sk.completed(p), method, st[0], st[1], st[2], st[3]);
      }
    }
    results = out;
    sketches = null;
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
