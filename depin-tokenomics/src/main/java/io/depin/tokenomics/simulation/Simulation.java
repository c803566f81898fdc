package io.depin.tokenomics.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A Monte Carlo simulation: a model, a sweep of parameter sets, a number of runs per set, a number
 * of steps, a master seed and sinks. {@link #run()} runs every (sweep index, run index) pair on a
 * fixed number of threads.
 *
 * <p><b>Determinism.</b> Each run gets its own generator from {@link RandomSource}, seeded with
 * {@link RunSeeds#seed(long, int, int)}; so a run's states depend only on the model, its parameters
 * and the master seed, never on the thread count or on which run finishes first. The sinks here
 * make their output independent of thread count too.
 *
 * <p><b>Failures.</b> A run that throws (in its model, a column function or a recorder's {@code
 * record}) is reported as a {@link RunFailure} with its seed and step; the other runs still finish. An {@link Error} other than {@link StackOverflowError} or {@link
 * AssertionError} (such as {@link OutOfMemoryError}) stops the simulation and is rethrown by {@link
 * #run()}.
 *
 * <p>The seed has no default: nothing is drawn from global randomness, and {@link
 * SimulationResult#toString()} prints it.
 *
 * {@snippet :
 * AggregateSink aggregates = AggregateSink.create();
 * SimulationResult result = Simulation.builder(model)
 *     .params(new Params(0.01))
 *     .runs(1000)
 *     .steps(3650)
 *     .seed(42)
 *     .sink(aggregates)
 *     .progress((done, total) -> System.err.print("\r" + done + "/" + total))
 *     .build()
 *     .run();
 * System.out.println(result + " mean final supply " + aggregates.series(0, "supply").mean(3650));
 * }
 *
 * @param <P> the parameter type
 * @param <S> the state type
 * @since 0.1.0
 */
public final class Simulation<P, S> {
  private final Model<P, S> model;
  private final Sweep<P> sweep;
  private final int runs;
  private final int steps;
  private final long seed;
  private final int parallelism;
  private final List<Sink<? super S>> sinks;
  private final @Nullable ProgressListener progress;
  private final RandomSource random;

  private Simulation(Builder<P, S> b, Sweep<P> sweep, long seed, RandomSource random) {
    this.model = b.model;
    this.sweep = sweep;
    this.runs = b.runs;
    this.steps = b.steps;
    this.seed = seed;
    this.parallelism = b.parallelism;
    this.sinks = List.copyOf(b.sinks);
    this.progress = b.progress;
    this.random = random;
  }

  /**
   * Starts a simulation of a model.
   *
   * @param model the model
   * @param <P> the parameter type
   * @param <S> the state type
   * @return a builder
   */
  public static <P, S> Builder<P, S> builder(Model<P, S> model) {
    return new Builder<>(model);
  }

  /** {@return the master seed} */
  public long seed() {
    return seed;
  }

  /** {@return the seed and sizes, for a log line printed before the run starts} */
  @Override
  public String toString() {
    return "Simulation[seed="
        + seed
        + ", sweep="
        + sweep.size()
        + ", runs="
        + runs
        + ", steps="
        + steps
        + ", threads="
        + parallelism
        + "]";
  }

  /**
   * Runs every run, feeds the sinks, then closes them.
   *
   * @return the seed, sizes and failures
   * @throws UncheckedIOException if a sink cannot write its output
   * @throws IllegalArgumentException if a sink does not accept the plan (such as an {@link
   *     AggregateSink} asked for a column the model does not have)
   * @throws IllegalStateException if a sink's recorder throws when told a run completed, or the
   *     progress listener throws, which stops the simulation (an exception from a column function or
   *     a recorder's {@code record} fails that run only, like one from the model)
   * @throws CancellationException if the calling thread is interrupted; runs not yet started are
   *     skipped, the interrupt flag is set again and the sinks are closed
   */
  public SimulationResult run() {
    List<String> names = model.columns().stream().map(Column::name).toList();
    SimulationPlan plan = new SimulationPlan(names, sweep.size(), runs, steps, seed, parallelism);
    openSinks(plan);
    long total = (long) sweep.size() * runs;
    AtomicLong next = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<@Nullable Throwable> fatal = new AtomicReference<>();
    ConcurrentLinkedQueue<RunFailure> failures = new ConcurrentLinkedQueue<>();
    long[] done = new long[1];
    RunLoop<P, S> loop = new RunLoop<>(model, steps);
    Runnable worker =
        () -> {
          try {
            work(loop, total, next, stop, failures, done);
          } catch (Throwable t) { // a fatal Error, or a sink or listener fault: stop everything
            fatal.compareAndSet(null, t);
            stop.set(true);
          }
        };
    boolean interrupted = false;
    if (parallelism == 1) {
      worker.run(); // on the caller's thread, which stops between runs once it is interrupted
      interrupted = stop.get() && fatal.get() == null && next.get() < total;
    } else {
      List<Thread> threads = new ArrayList<>(parallelism);
      for (int i = 0; i < parallelism; i++) {
        threads.add(Thread.ofPlatform().name("depin-simulation-" + i).daemon().start(worker));
      }
      for (Thread th : threads) {
        while (th.isAlive()) {
          try {
            th.join();
          } catch (InterruptedException e) {
            interrupted = true;
            stop.set(true);
          }
        }
      }
    }
    IOException closeFailure = null;
    for (Sink<? super S> sink : sinks) {
      try {
        sink.close();
      } catch (IOException e) {
        if (closeFailure == null) {
          closeFailure = e;
        } else {
          closeFailure.addSuppressed(e);
        }
      }
    }
    Throwable f = fatal.get();
    if (f instanceof Error error) {
      throw error;
    } else if (f != null) {
      throw new IllegalStateException("simulation stopped (seed " + seed + ")", f);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new CancellationException("simulation interrupted (seed " + seed + ")");
    }
    if (closeFailure != null) {
      throw new UncheckedIOException(closeFailure);
    }
    List<RunFailure> sorted = new ArrayList<>(failures);
    sorted.sort(
        Comparator.comparingInt(RunFailure::sweepIndex).thenComparingInt(RunFailure::runIndex));
    return new SimulationResult(seed, sweep.size(), runs, steps, total - sorted.size(), sorted);
  }

  /** Opens every sink; if one throws, closes those already open and rethrows. */
  private void openSinks(SimulationPlan plan) {
    for (int i = 0; i < sinks.size(); i++) {
      try {
        sinks.get(i).open(plan);
      } catch (RuntimeException e) {
        for (int j = 0; j < i; j++) {
          try {
            sinks.get(j).close();
          } catch (IOException | RuntimeException suppressed) {
            e.addSuppressed(suppressed);
          }
        }
        throw e;
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void work(
      RunLoop<P, S> loop,
      long total,
      AtomicLong next,
      AtomicBoolean stop,
      ConcurrentLinkedQueue<RunFailure> failures,
      long[] done) {
    RunRecorder<? super S>[] recorders = new RunRecorder[sinks.size()];
    long job;
    boolean callerThread = parallelism == 1;
    while (!stop.get() && (job = next.getAndIncrement()) < total) {
      int sweepIndex = (int) (job / runs);
      int runIndex = (int) (job % runs);
      RunInfo info = new RunInfo(sweepIndex, runIndex, RunSeeds.seed(seed, sweepIndex, runIndex));
      for (int i = 0; i < recorders.length; i++) {
        recorders[i] = sinks.get(i).recorder(info);
      }
      P params = sweep.points().get(sweepIndex);
      RunFailure failure = loop.run(params, info, random.create(info.seed()), recorders);
      if (failure != null) {
        failures.add(failure);
      }
      synchronized (done) {
        done[0]++;
        if (progress != null) {
          progress.progress(done[0], total);
        }
      }
      if (callerThread && Thread.currentThread().isInterrupted()) {
        stop.set(true);
      }
    }
  }

  /**
   * Configures a {@link Simulation}. Not thread-safe.
   *
   * @param <P> the parameter type
   * @param <S> the state type
   * @since 0.1.0
   */
  public static final class Builder<P, S> {
    private final Model<P, S> model;
    private @Nullable Sweep<P> sweep;
    private int runs = 1;
    private int steps = -1;
    private @Nullable Long seed;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private final List<Sink<? super S>> sinks = new ArrayList<>();
    private @Nullable ProgressListener progress;
    private @Nullable RandomSource random;

    private Builder(Model<P, S> model) {
      this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Runs one parameter set.
     *
     * @param params the parameters
     * @return this builder
     */
    public Builder<P, S> params(P params) {
      this.sweep = Sweep.single(Objects.requireNonNull(params, "params"));
      return this;
    }

    /**
     * Runs every parameter set of a sweep.
     *
     * @param sweep the sweep
     * @return this builder
     */
    public Builder<P, S> sweep(Sweep<P> sweep) {
      this.sweep = Objects.requireNonNull(sweep, "sweep");
      return this;
    }

    /**
     * Sets the runs per parameter set (Monte Carlo repetitions); default 1.
     *
     * @param runs at least 1
     * @return this builder
     */
    public Builder<P, S> runs(int runs) {
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1: " + runs);
      }
      this.runs = runs;
      return this;
    }

    /**
     * Sets the steps per run.
     *
     * @param steps at least 0 (0 records the initial state only)
     * @return this builder
     */
    public Builder<P, S> steps(int steps) {
      if (steps < 0 || steps == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("steps out of range: " + steps);
      }
      this.steps = steps;
      return this;
    }

    /**
     * Sets the master seed; required.
     *
     * @param seed the seed every run's seed derives from
     * @return this builder
     */
    public Builder<P, S> seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of threads; default: the number of available processors. Results do not
     * depend on it.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder<P, S> parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * Adds a sink.
     *
     * @param sink receives every recorded state
     * @return this builder
     */
    public Builder<P, S> sink(Sink<? super S> sink) {
      sinks.add(Objects.requireNonNull(sink, "sink"));
      return this;
    }

    /**
     * Sets a progress listener.
     *
     * @param listener told after each run
     * @return this builder
     */
    public Builder<P, S> progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets how each run's generator is made; default {@link RandomSource#l64x128Mix()}.
     *
     * @param random the source
     * @return this builder
     */
    public Builder<P, S> random(RandomSource random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Builds the simulation.
     *
     * @return the simulation
     * @throws IllegalStateException if the parameters, steps or seed are missing
     */
    public Simulation<P, S> build() {
      Sweep<P> sw = sweep;
      Long s = seed;
      if (sw == null) {
        throw new IllegalStateException("no params or sweep");
      }
      if (steps < 0) {
        throw new IllegalStateException("no steps");
      }
      if (s == null) {
        throw new IllegalStateException("no seed: pass one explicitly, so the run can be repeated");
      }
      if ((long) sw.size() * runs > Long.MAX_VALUE / 2) {
        throw new IllegalStateException("too many runs");
      }
      RandomSource r = random;
      return new Simulation<>(this, sw, s, r != null ? r : RandomSource.l64x128Mix());
    }
  }
}
