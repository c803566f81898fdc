package io.depin.tokenomics.simulation.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes chunks numbered 0, 1, 2, ... to a writer in number order, whatever order they arrive in
 * from worker threads; a chunk that arrives early waits in memory. The first write error is kept
 * and later chunks are dropped. Thread-safe.
 */
public final class OrderedOutput {
  private final Writer out;
  private final Map<Long, CharSequence> waiting = new HashMap<>();
  private long next;
  private @Nullable IOException error;

  /**
   * Creates the output.
   *
   * @param out the destination
   */
  public OrderedOutput(Writer out) {
    this.out = out;
  }

  /**
   * Hands over a chunk.
   *
   * @param number the chunk's number; each number from 0 must be submitted exactly once
   * @param chunk the text
   */
  public synchronized void submit(long number, CharSequence chunk) {
    waiting.put(number, chunk);
    CharSequence c;
    while ((c = waiting.remove(next)) != null) {
      next++;
      if (error == null) {
        try {
          out.append(c);
        } catch (IOException e) {
          error = e;
        }
      }
    }
  }

  /**
   * Writes text now, before any chunk (such as a header).
   *
   * @param text the text
   */
  public synchronized void writeNow(CharSequence text) {
    if (error == null) {
      try {
        out.append(text);
      } catch (IOException e) {
        error = e;
      }
    }
  }

  /**
   * Writes what is still waiting in number order (numbers that never came are skipped), flushes and
   * reports the first error.
   *
   * @throws IOException the first write or flush error
   */
  public synchronized void finish() throws IOException {
    waiting.keySet().stream()
        .sorted()
        .forEach(
            k -> {
              CharSequence c = waiting.get(k);
              if (error == null && c != null) {
                try {
                  out.append(c);
                } catch (IOException e) {
                  error = e;
                }
              }
            });
    waiting.clear();
    if (error == null) {
      try {
        out.flush();
      } catch (IOException e) {
        error = e;
      }
    }
    IOException e = error;
    if (e != null) {
      throw e;
    }
  }
}
