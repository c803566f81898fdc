package io.depin.benchmarks;

import io.depin.core.bytes.Hash32;
import io.depin.core.merkle.StandardMerkleTree;
import java.util.List;
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
 * Builds an OpenZeppelin-format {@code StandardMerkleTree} of (address, uint256) claim rows, the
 * same rows as {@code benchmarks/reference/oz-merkle-tree/bench.mjs} (see {@link ClaimRows}), and
 * returns its root. The reference is {@code @openzeppelin/merkle-tree} 1.0.8 on Node.
 *
 * <p>Run (single-shot, one fork, short, on a shared machine):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar MerkleTree -f 1 -wi 1 -i 3
 * benchmarks/reference/oz-merkle-tree/run.sh 1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MerkleTreeBenchmark {
  @Param({"1000", "100000", "1000000"})
  public int leaves;

  private List<List<Object>> rows;

  /** Precomputes the rows. */
  @Setup
  public void setUp() {
    rows = ClaimRows.generate(leaves);
  }

  /** Builds the tree from the rows. */
  @Benchmark
  public Hash32 buildStandardTree() {
    return StandardMerkleTree.of(List.of("address", "uint256"), rows).root();
  }
}
