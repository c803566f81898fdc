package io.depin.tokenomics.simulation.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jspecify.annotations.Nullable;

/**
 * The streaming side of the aggregate sink: one {@link RelativeErrorSketch} per parameter set,
 * column and time, fed by the simulation's threads.
 *
 * <p>Each thread keeps a batch of up to {@link #batchRuns} completed runs of one parameter set (a
 * failed run's values are dropped, as in the exact sink) and its own sketches for that parameter
 * set. A full batch is added to the thread's sketches time by time, so each sketch stays in cache
 * while it takes the batch's values; when the thread moves on to another parameter set, and when
 * the simulation ends, its sketches are merged into the shared ones under that parameter set's
 * lock. Sketch merges are exact, so the result does not depend on which thread ran which run.
 *
 * <p>Memory: {@code (sweepSize + threads)} sets of {@code columns * (steps + 1)} sketches, plus
 * {@code threads * batchRuns * columns * (steps + 1)} doubles of batches; none of it grows with the
 * number of runs.
 */
public final class SketchAggregator {
  private static final int MAX_BATCH_RUNS = 32;
  private static final int BATCH_VALUES = 1 << 19;

  private final LogMapping mapping;
  private final int[] sources;
  private final int width;
  private final int batchRuns;
  private final RelativeErrorSketch[] @Nullable [][] shared; // [point][column][time], null until merged into
  private final AtomicIntegerArray completed;
  private final ConcurrentHashMap<Thread, Worker> workers = new ConcurrentHashMap<>();

  /**
   * Prepares for a simulation.
   *
   * @param alpha the relative accuracy
   * @param sources for each aggregated column, its index in the model's columns
   * @param points the sweep size
   * @param runs the runs per parameter set
   * @param steps the steps per run
   */
  public SketchAggregator(double alpha, int[] sources, int points, int runs, int steps) {
    this.mapping = new LogMapping(alpha);
    this.sources = sources.clone();
    this.width = steps + 1;
    long perRun = (long) sources.length * width;
    this.batchRuns = (int) Math.max(1, Math.min(Math.min(MAX_BATCH_RUNS, runs), BATCH_VALUES / perRun));
    this.shared = new RelativeErrorSketch[points][][];
    this.completed = new AtomicIntegerArray(points);
  }

  /**
   * Returns the recorder state for one run, on the thread that runs it.
   *
   * @param point the run's parameter set
   * @return where the run's values go
   */
  public Slot slot(int point) {
    Worker w = workers.computeIfAbsent(Thread.currentThread(), t -> new Worker());
    if (w.point != point) {
      w.publish();
      w.point = point;
    }
    return new Slot(w, w.filled);
  }

  /**
   * Merges every thread's sketches and computes the statistics; call once after every run ended.
   *
   * @param probs the probabilities
   * @return {@code [point][column][0 = mean, 1.. = quantiles][time]}
   */
  public double[][][][] finish(double[] probs) {
    for (Worker w : workers.values()) {
      w.publish();
    }
    workers.clear();
    int points = shared.length;
    int columns = sources.length;
    double[][][][] out = new double[points][columns][1 + probs.length][width];
    double[] q = new double[probs.length];
    for (int p = 0; p < points; p++) {
      RelativeErrorSketch @Nullable [][] cells = shared[p];
      for (int c = 0; c < columns; c++) {
        double[][] st = out[p][c];
        for (int t = 0; t < width; t++) {
          if (cells == null) {
            for (double[] s : st) {
              s[t] = Double.NaN;
            }
            continue;
          }
          RelativeErrorSketch s = cells[c][t];
          st[0][t] = s.mean();
          s.quantiles(probs, q);
          for (int i = 0; i < q.length; i++) {
            st[1 + i][t] = q[i];
          }
        }
        if (cells != null) {
          cells[c] = new RelativeErrorSketch[0]; // release as we go
        }
      }
      shared[p] = null;
    }
    return out;
  }

  /**
   * Returns how many runs of a parameter set completed.
   *
   * @param point the parameter set
   * @return the count
   */
  public int completed(int point) {
    return completed.get(point);
  }

  private RelativeErrorSketch[][] newCells() {
    RelativeErrorSketch[][] cells = new RelativeErrorSketch[sources.length][width];
    for (RelativeErrorSketch[] row : cells) {
      for (int t = 0; t < width; t++) {
        row[t] = new RelativeErrorSketch(mapping);
      }
    }
    return cells;
  }

  /** One run's place in its thread's batch. */
  public final class Slot {
    private final Worker worker;
    private final int base;

    Slot(Worker worker, int index) {
      this.worker = worker;
      this.base = index * width;
    }

    /**
     * Records a state's columns.
     *
     * @param t the time
     * @param columns the model's column values
     */
    public void record(int t, double[] columns) {
      double[][] b = worker.batch;
      for (int c = 0; c < b.length; c++) {
        b[c][base + t] = columns[sources[c]];
      }
    }

    /** Keeps the run's values: the run completed. */
    public void completed() {
      completed.incrementAndGet(worker.point);
      if (++worker.filled == batchRuns) {
        worker.flush();
      }
    }
  }

  /** One thread's batch and sketches. */
  final class Worker {
    final double[][] batch = new double[sources.length][batchRuns * width];
    int filled;
    int point = -1;
    RelativeErrorSketch @Nullable [][] cells;

    /** Adds the batch to this thread's sketches. */
    void flush() {
      if (filled == 0) {
        return;
      }
      RelativeErrorSketch[][] own = cells;
      if (own == null) {
        cells = own = newCells();
      }
      for (int c = 0; c < batch.length; c++) {
        double[] values = batch[c];
        RelativeErrorSketch[] row = own[c];
        for (int t = 0; t < width; t++) {
          RelativeErrorSketch s = row[t];
          for (int r = 0, i = t; r < filled; r++, i += width) {
            s.add(values[i]);
          }
        }
      }
      filled = 0;
    }

    /** Flushes and merges this thread's sketches into the shared ones of its parameter set. */
    void publish() {
      flush();
      RelativeErrorSketch[][] own = cells;
      if (own == null) {
        return;
      }
      cells = null;
      synchronized (shared) {
        RelativeErrorSketch[][] target = shared[point];
        if (target == null) {
          shared[point] = own; // the first to arrive gives its sketches
          return;
        }
        for (int c = 0; c < own.length; c++) {
          for (int t = 0; t < width; t++) {
            target[c][t].merge(own[c][t]);
          }
        }
      }
    }
  }
}
