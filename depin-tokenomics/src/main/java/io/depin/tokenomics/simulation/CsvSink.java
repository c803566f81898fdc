package io.depin.tokenomics.simulation;

import io.depin.tokenomics.simulation.internal.OrderedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Streams every recorded state as a CSV row: {@code sweep,run,step,<columns...>}, with a header
 * line, RFC 4180 quoting of column names, and numbers written without locale ({@code 1500000} for
 * an integral value below 2^53, else the shortest {@link Double#toString(double)} form).
 *
 * <p><b>Order and memory.</b> Each run's rows are buffered while it runs (about 40 bytes per row)
 * and written when it ends, in (sweep index, run index) order; a run that ends early waits for the
 * ones before it. So the file is byte-for-byte the same for any thread count, and what is held in
 * memory is the runs in flight plus those that finished while an earlier run was still running
 * (runs start in order, so that is a few runs per thread unless run times differ widely). A failed
 * run's rows up to its failure are written.
 *
 * {@snippet :
 * try (Writer out = Files.newBufferedWriter(Path.of("runs.csv"))) {
 *   Simulation.builder(model).params(params).runs(100).steps(365).seed(7).sink(CsvSink.to(out)).build().run();
 * }
 * }
 *
 * @since 0.1.0
 */
public final class CsvSink implements Sink<Object> {
  private static final double EXACT_LONG = 0x1p53;

  private final @Nullable Writer writer;
  private final @Nullable Path path;
  private @Nullable Writer opened;
  private @Nullable OrderedOutput output;
  private int runs;

  private CsvSink(@Nullable Writer writer, @Nullable Path path) {
    this.writer = writer;
    this.path = path;
  }

  /**
   * Writes to a writer, which the caller closes; it is flushed when the simulation ends.
   *
   * @param writer the destination
   * @return a new sink
   */
  public static CsvSink to(Writer writer) {
    return new CsvSink(Objects.requireNonNull(writer, "writer"), null);
  }

  /**
   * Writes to a file in UTF-8, created or truncated when the simulation starts and closed when it
   * ends.
   *
   * @param path the file
   * @return a new sink
   */
  public static CsvSink to(Path path) {
    return new CsvSink(null, Objects.requireNonNull(path, "path"));
  }

  /**
   * Writes the header; opens the file if the sink was made with a path.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  @Override
  public void open(SimulationPlan plan) {
    Writer w = writer;
    if (w == null) {
      try {
        w = Files.newBufferedWriter(Objects.requireNonNull(path), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      opened = w;
    }
    runs = plan.runs();
    OrderedOutput out = new OrderedOutput(w);
    out.writeNow(header(plan.columns()));
    output = out;
  }

  private static String header(List<String> columns) {
    StringBuilder sb = new StringBuilder("sweep,run,step");
    for (String c : columns) {
      sb.append(',').append(quote(c));
    }
    return sb.append('\n').toString();
  }

  static String quote(String name) {
    if (name.indexOf(',') < 0
        && name.indexOf('"') < 0
        && name.indexOf('\n') < 0
        && name.indexOf('\r') < 0) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static void appendNumber(StringBuilder sb, double v) {
    if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG) {
      sb.append((long) v);
    } else {
      sb.append(v);
    }
  }

  @Override
  public RunRecorder<Object> recorder(RunInfo run) {
    OrderedOutput out = Objects.requireNonNull(output, "sink not opened");
    long number = (long) run.sweepIndex() * runs + run.runIndex();
    String prefix = run.sweepIndex() + "," + run.runIndex() + ",";
    StringBuilder sb = new StringBuilder(4096);
    return new RunRecorder<>() {
      @Override
      public void record(int t, Object state, double[] columns) {
        sb.append(prefix).append(t);
        for (double v : columns) {
          sb.append(',');
          appendNumber(sb, v);
        }
        sb.append('\n');
      }

      @Override
      public void completed() {
        out.submit(number, sb);
      }

      @Override
      public void failed(RunFailure failure) {
        out.submit(number, sb);
      }
    };
  }

  /**
   * Writes what remains, flushes, and closes the file if the sink opened it.
   *
   * @throws IOException the first write error
   */
  @Override
  public void close() throws IOException {
    OrderedOutput out = output;
    output = null;
    Writer w = opened;
    opened = null;
    try {
      if (out != null) {
        out.finish();
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
  }
}
