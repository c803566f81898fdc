package io.depin.tokenomics.simulation;

/**
 * Told each time a run ends (completed or failed), for a progress bar. Calls come from worker
 * threads but never at the same time, and {@code done} increases by one with each call. Keep it
 * quick: the run that just ended waits for it. A listener that throws stops the simulation.
 *
 * {@snippet :
 * ProgressListener bar = (done, total) -> System.err.printf("\r%d/%d runs", done, total);
 * }
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Reports progress.
   *
   * @param done the runs ended so far
   * @param total the runs of the simulation
   */
  void progress(long done, long total);
}
