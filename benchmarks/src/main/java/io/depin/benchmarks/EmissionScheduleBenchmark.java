package io.depin.benchmarks;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.emission.filecoin.FilecoinEmission;
import io.depin.tokenomics.emission.filecoin.FilecoinRewardMath;
import io.depin.tokenomics.emission.filecoin.FilecoinRewardState;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-epoch schedule evaluation: {@code amountAt} and {@code cumulativeThrough} of a halving and
 * an exponential-decay schedule at epochs spread up to 10^9 (closed forms, so the epoch does not
 * matter), one Filecoin reward-actor step ({@link FilecoinRewardState#advance}, the reference's
 * per-epoch work), Filecoin's {@code computeReward} alone, and {@link FilecoinEmission#amountAt}
 * within its replayed snapshots (epochs below 100,000, warmed in {@code @Setup}) and when epochs
 * are asked in order. The Filecoin step cost grows slowly with the epoch, as the reference's
 * does ({@code expneg} of a growing {@code lambda * epoch}).
 *
 * <p>Run:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EmissionSchedule -f 1 -wi 2 -w 1 -i 3 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EmissionScheduleBenchmark {
  private static final int EPOCHS = 1024;

  private final long[] farEpochs = new long[EPOCHS];
  private final long[] nearEpochs = new long[EPOCHS];
  private int next;

  private EmissionSchedule halving;
  private EmissionSchedule decay;
  private FilecoinEmission filecoin;
  private FilecoinEmission scan;
  private long scanEpoch;
  private FilecoinRewardState state;
  private BigInteger power;

  /** Builds the schedules, draws the epochs and warms the Filecoin snapshots. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < EPOCHS; i++) {
      farEpochs[i] = random.nextLong(1_000_000_000L);
      nearEpochs[i] = random.nextLong(100_000L);
    }
    halving = EmissionSchedule.halving(BigInteger.valueOf(5_000_000_000L), 210_000);
    decay = EmissionSchedule.exponentialDecay(BigInteger.TEN.pow(27), 6L * 1_051_200);
    power = BigInteger.ONE.shiftLeft(60);
    filecoin = FilecoinEmission.of(epoch -> power);
    filecoin.cumulativeThrough(Epoch.of(100_000));
    scan = FilecoinEmission.of(epoch -> power);
    state = FilecoinRewardState.genesis();
  }

  private long far() {
    next = (next + 1) & (EPOCHS - 1);
    return farEpochs[next];
  }

  private long near() {
    next = (next + 1) & (EPOCHS - 1);
    return nearEpochs[next];
  }

  /** {@return the halving amount at a random epoch} */
  @Benchmark
  public BigInteger halvingAmountAt() {
    return halving.amountAt(Epoch.of(far()));
  }

  /** {@return the halving cumulative total at a random epoch} */
  @Benchmark
  public BigInteger halvingCumulativeThrough() {
    return halving.cumulativeThrough(Epoch.of(far()));
  }

  /** {@return the exponential-decay amount at a random epoch (two curve points)} */
  @Benchmark
  public BigInteger exponentialDecayAmountAt() {
    return decay.amountAt(Epoch.of(far()));
  }

  /** {@return the exponential-decay cumulative total at a random epoch (one curve point)} */
  @Benchmark
  public BigInteger exponentialDecayCumulativeThrough() {
    return decay.cumulativeThrough(Epoch.of(far()));
  }

  /** {@return the reward of the next epoch of a running Filecoin reward state} */
  @Benchmark
  public BigInteger filecoinActorStep() {
    return state.advance(power);
  }

  /** {@return Filecoin's simple plus baseline reward of one epoch} */
  @Benchmark
  public BigInteger filecoinComputeReward() {
    long epoch = near();
    BigInteger theta = BigInteger.valueOf(epoch).shiftLeft(FilecoinRewardMath.PRECISION);
    return FilecoinRewardMath.computeReward(epoch, theta, theta.add(FilecoinRewardMath.ONE),
        FilecoinRewardMath.SIMPLE_TOTAL, FilecoinRewardMath.BASELINE_TOTAL);
  }

  /**
   * {@return the Filecoin schedule's amount at the epoch after the last one asked, as the {@code
   * depin tokenomics schedule} command scans}
   */
  @Benchmark
  public BigInteger filecoinScheduleNextEpoch() {
    return scan.amountAt(Epoch.of(scanEpoch++));
  }

  /** {@return the Filecoin schedule's amount at a random epoch below 100,000} */
  @Benchmark
  public BigInteger filecoinScheduleAmountAt() {
    return filecoin.amountAt(Epoch.of(near()));
  }
}
