package io.depin.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The per-core comparison of {@link HeartbeatVerificationBenchmark} in thread CPU time rather than
 * wall time, for a machine shared with other work: on a busy machine JMH's wall-clock scores move
 * with the load, while the CPU time a thread spends on a proof barely does. Runs {@code
 * verifyOneByOne} and {@code rawVerifyOneCore} alternately, in one thread, and prints the CPU time
 * per proof of each (best and median over the rounds) and their ratio.
 *
 * {@snippet lang=shell :
 * java -cp benchmarks/target/benchmarks.jar io.depin.benchmarks.HeartbeatCpuTime 40
 * }
 */
public final class HeartbeatCpuTime {
  private HeartbeatCpuTime() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds (default 40); the first quarter is discarded as warm-up
   * @throws Exception if the setup fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    HeartbeatVerificationBenchmark bench = new HeartbeatVerificationBenchmark();
    bench.setUp();
    HeartbeatVerificationBenchmark.FreshVerifier fresh =
        new HeartbeatVerificationBenchmark.FreshVerifier();
    int warmUp = rounds / 4;
    long[] pipeline = new long[rounds - warmUp];
    long[] raw = new long[rounds - warmUp];
    for (int r = 0; r < rounds; r++) {
      fresh.setUp(bench);
      long t0 = threads.getCurrentThreadCpuTime();
      bench.verifyOneByOne(fresh);
      long t1 = threads.getCurrentThreadCpuTime();
      bench.rawVerifyOneCore();
      long t2 = threads.getCurrentThreadCpuTime();
      if (r >= warmUp) {
        pipeline[r - warmUp] = (t1 - t0) / HeartbeatVerificationBenchmark.PROOFS;
        raw[r - warmUp] = (t2 - t1) / HeartbeatVerificationBenchmark.PROOFS;
      }
    }
    Arrays.sort(pipeline);
    Arrays.sort(raw);
    long pipelineMedian = pipeline[pipeline.length / 2];
    long rawMedian = raw[raw.length / 2];
    System.out.printf(
        "CPU time per proof over %d rounds of %d: pipeline best %,d ns, median %,d ns;"
            + " raw Ed25519 verify best %,d ns, median %,d ns;"
            + " pipeline rate / raw rate: best %.3f, median %.3f%n",
        pipeline.length, HeartbeatVerificationBenchmark.PROOFS, pipeline[0], pipelineMedian,
        raw[0], rawMedian, (double) raw[0] / pipeline[0], (double) rawMedian / pipelineMedian);
  }
}
