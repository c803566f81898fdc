package io.depin.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long command on standard error: a redrawn progress bar when standard error is a
 * terminal, otherwise (CI logs, pipes, files) plain lines without any escape sequence, such as
 * {@code simulating: 40/200 runs (20%), 3.1 s}: one when it starts, one each time another tenth is
 * done, one at least every 10 seconds while the count moves, and one at the
 * end if the last line was not already there. Thread-safe: steps may come from several threads.
 *
 * {@snippet :
 * try (Progress progress = Progress.onStandardError("simulating", "runs", total, cl.getErr())) {
 *   runner.progress((done, all) -> progress.stepTo(done)).build().run(scenario, dir);
 * }
 * }
 */
public final class Progress implements AutoCloseable {
  /** The longest time between two plain lines while the count moves. */
  static final int QUIET_SECONDS = 10;

  private final @Nullable ProgressBar bar;
  private final @Nullable PrintWriter lines;
  private final String task;
  private final String unit;
  private final long total;
  private final LongSupplier nanoTime;
  private final long start;
  private long done;
  private long printedDone = -1;
  private long printedTenths;
  private long printedAt;

  private Progress(
      @Nullable ProgressBar bar,
      @Nullable PrintWriter lines,
      String task,
      String unit,
      long total,
      LongSupplier nanoTime) {
    this.bar = bar;
    this.lines = lines;
    this.task = task;
    this.unit = unit;
    this.total = total;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.printedAt = start;
    if (lines != null) {
      print();
    }
  }

  /**
   * Shows progress on standard error: a bar if it is a terminal, else {@linkplain #lines plain
   * lines} written to {@code err}.
   *
   * @param task what is done, such as "simulating"
   * @param unit what is counted, plural, such as "runs"
   * @param total how many there are
   * @param err the command's error stream, for the plain lines
   * @return the progress, to close when done
   */
  public static Progress onStandardError(String task, String unit, long total, PrintWriter err) {
    if (standardErrorIsTerminal()) {
      ProgressBar bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(total)
          .setUnit(" " + unit, 1)
          .setUpdateIntervalMillis(200)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
      return new Progress(bar, null, task, unit, total, System::nanoTime);
    }
    return lines(task, unit, total, err, System::nanoTime);
  }

  /**
   * Shows progress as plain lines, whatever the stream is.
   *
   * @param task what is done
   * @param unit what is counted, plural
   * @param total how many there are
   * @param out where the lines go
   * @param nanoTime the time source for the elapsed time, such as {@code System::nanoTime}
   * @return the progress, to close when done
   */
  public static Progress lines(
      String task, String unit, long total, PrintWriter out, LongSupplier nanoTime) {
    return new Progress(null, out, task, unit, total, nanoTime);
  }

  /**
   * Whether standard error is a terminal: on Linux, whether file descriptor 2 is a tty or pty;
   * elsewhere, whether the JVM has an interactive console. {@code TERM=dumb} counts as no terminal.
   *
   * @return true to draw a bar
   */
  public static boolean standardErrorIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return consoleIsTerminal();
    }
  }

  /** JDK 22+ returns a console even when redirected, and says whether it is a terminal. */
  @SuppressWarnings("SystemConsoleNull") // JDK 21, which the SDK supports, returns null
  private static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
      return Boolean.TRUE.equals(terminal);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only on a terminal
    }
  }

  /** Counts one more. */
  public synchronized void step() {
    stepTo(done + 1);
  }

  /**
   * Sets the count.
   *
   * @param count how many are done
   */
  public synchronized void stepTo(long count) {
    done = count;
    ProgressBar b = bar;
    if (b != null) {
      b.stepTo(count);
      return;
    }
    long tenths = total <= 0 ? 10 : Math.min(10, count * 10 / total);
    long now = nanoTime.getAsLong();
    if (tenths > printedTenths || now - printedAt >= QUIET_SECONDS * 1_000_000_000L) {
      print();
    }
  }

  private void print() {
    PrintWriter out = lines;
    if (out == null || done == printedDone) {
      return;
    }
    long now = nanoTime.getAsLong();
    long percent = total <= 0 ? 100 : done * 100 / total;
    out.printf(Locale.ROOT, "%s: %d/%d %s (%d%%), %.1f s%n",
        task, done, total, unit, percent, (now - start) / 1e9);
    out.flush();
    printedDone = done;
    printedTenths = total <= 0 ? 10 : Math.min(10, done * 10 / total);
    printedAt = now;
  }

  /** Ends the bar, or prints the last count if it was not printed yet. */
  @Override
  public synchronized void close() {
    ProgressBar b = bar;
    if (b != null) {
      b.close();
    } else {
      print();
    }
  }
}
