package io.depin.benchmarks;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.distribution.BucketPolicy;
import io.depin.tokenomics.distribution.CommissionPolicy;
import io.depin.tokenomics.distribution.Distribution;
import io.depin.tokenomics.distribution.DistributionMethod;
import io.depin.tokenomics.distribution.DistributionPolicy;
import io.depin.tokenomics.distribution.RewardDistributor;
import io.depin.tokenomics.distribution.WeightRow;
import io.depin.tokenomics.distribution.WeightTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Distributes one epoch's pool (1,000,000 HNT in bones, 8 decimals) to {@code participants}
 * hotspots with random coverage points (1 to 10^6 each, seed 42), in one bucket, with exact
 * pro-rata shares and with the largest-remainder method. Each run computes every payout, the
 * remainders and the dust; the result is the amount paid. Goal: under 1 s for 1,000,000.
 *
 * <p>Run (one fork, short, on a shared machine):
 *
 * <pre>
 * ./mvnw -B -q -o package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Distribution -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DistributionBenchmark {
  private static final Token HNT = new Token("HNT", 8);

  @Param({"1000000"})
  public int participants;

  private WeightTable weights;
  private TokenAmount pool;
  private RewardDistributor proRata;
  private RewardDistributor largestRemainder;

  /** Builds the weights and the two distributors. */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(42);
    List<WeightRow> rows = new ArrayList<>(participants);
    for (int i = 0; i < participants; i++) {
      rows.add(WeightRow.of("hotspot-" + i, "coverage", rnd.nextLong(1, 1_000_001)));
    }
    weights = WeightTable.of(rows);
    pool = TokenAmount.parse("1000000", HNT);
    List<BucketPolicy> buckets = List.of(new BucketPolicy("coverage", BigDecimal.ONE, null, null));
    proRata = new RewardDistributor(new DistributionPolicy(HNT, DistributionMethod.PRO_RATA, null,
        RoundingMode.DOWN, RoundingMode.DOWN, buckets, CommissionPolicy.NONE));
    largestRemainder = new RewardDistributor(new DistributionPolicy(HNT,
        DistributionMethod.LARGEST_REMAINDER, null, RoundingMode.DOWN, RoundingMode.DOWN, buckets,
        CommissionPolicy.NONE));
  }

  /** Exact pro-rata shares, dust reported. */
  @Benchmark
  public TokenAmount proRataExact() {
    Distribution d = proRata.distribute(pool, weights);
    return d.paid();
  }

  /** Largest remainder: exact floors, then the leftover units by remainder. */
  @Benchmark
  public TokenAmount largestRemainder() {
    Distribution d = largestRemainder.distribute(pool, weights);
    return d.paid();
  }
}
