package io.depin.proofs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.proofs.CheckResult;
import io.depin.proofs.storage.internal.ResponseCheck;
import io.depin.proofs.vrf.VrfException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks {@link StorageDetection#probability} against a prover that dropped a fraction {@code f} of
 * its chunks, over many challenges: the observed rate of rejected proofs must lie within 5 standard
 * deviations of a binomial proportion ({@code sqrt(p (1 - p) / trials)}), plus {@code 1 / trials}
 * for the discreteness of the count, of {@code p = 1 - (1 - f)^k}. Every seed is fixed, so the test
 * is deterministic; a correct implementation fails it at a 5-sigma seed with probability below
 * 1e-6.
 *
 * <p>The randomness of each trial is 64 seeded random bytes standing in for the VRF output (a
 * random oracle); {@link #fullCheck_realVrfChallenges_matchDetectionProbability} runs real ECVRF
 * challenges through {@link StorageProofKind#check}.
 */
class StorageDetectionStatisticsTest {
  private static final int CHUNKS = 1000;
  private static final int CHUNK_SIZE = 32;

  @ParameterizedTest(name = "f={0}, k={1}")
  @CsvSource({"0.05, 8", "0.10, 16", "0.20, 4", "0.50, 2", "0.01, 50", "0.30, 3"})
  void detectionRate_droppingProver_matchesOneMinusOneMinusFToTheK(double f, int k) {
    assertDetectionRate(f, k, 4000, 0x5701_2a6eL ^ Double.doubleToLongBits(f) ^ k);
  }

  @Property(tries = 12, seed = "20260101")
  void detectionRate_anyFractionAndChallengeCount_holdsStatistically(
      @ForAll @IntRange(min = 1, max = 60) int percentDropped,
      @ForAll @IntRange(min = 1, max = 40) int k,
      @ForAll long seed) {
    assertDetectionRate(percentDropped / 100.0, k, 1500, seed);
  }

  @Test
  void detectionRate_nothingDropped_neverRejects() {
    assertDetectionRate(0.0, 16, 500, 3);
  }

  @Test
  void fullCheck_realVrfChallenges_matchDetectionProbability() throws VrfException {
    StorageWorld world = new StorageWorld(11);
    int n = world.prover.commitment().chunkCount();
    int dropped = 8;
    DroppingProver cheat = new DroppingProver(world.prover, dropped, new Random(12));
    int k = StorageWorld.RULES.challenges();
    int trials = 150;
    int rejected = 0;
    for (long epoch = 0; epoch < trials; epoch++) {
      StorageChallenge challenge = world.challenge(epoch);
      int[] indices =
          challenge.indices(challenge.randomness(world.challenger.publicKey()), n, k);
      CheckResult result =
          world.kind.check(cheat.respond(challenge, indices), world.contextIn(epoch));
      if (result instanceof CheckResult.Failed failed) {
        assertThat(failed.code()).isEqualTo(StorageProofKind.BAD_PATH);
        rejected++;
      }
    }
    assertWithinBound(rejected, trials, StorageDetection.probability((double) dropped / n, k));
  }

  private static void assertDetectionRate(double f, int k, int trials, long seed) {
    Random random = new Random(seed);
    byte[] data = new byte[CHUNKS * CHUNK_SIZE];
    random.nextBytes(data);
    byte[] id = new byte[32];
    random.nextBytes(id);
    SectorId sector = SectorId.of(Hash32.of(id));
    SectorProver honest = SectorProver.of(sector, data, CHUNK_SIZE);
    int dropped = (int) Math.round(f * CHUNKS);
    assertThat((double) dropped).as("f n is a whole number of chunks").isCloseTo(f * CHUNKS, within(1e-9));
    DroppingProver cheat = new DroppingProver(honest, dropped, random);
    int rejected = 0;
    byte[] randomness = new byte[64];
    for (int t = 0; t < trials; t++) {
      random.nextBytes(randomness);
      int[] indices = StorageChallenge.indices(Bytes.of(randomness), sector, CHUNKS, k);
      CheckResult result = ResponseCheck.check(cheat.commitment(), indices, cheat.respond(indices));
      boolean hitsMissing = false;
      for (int index : indices) {
        hitsMissing |= !cheat.has(index);
      }
      // the verifier rejects exactly the proofs that needed a dropped chunk
      assertThat(result instanceof CheckResult.Failed).isEqualTo(hitsMissing);
      if (hitsMissing) {
        rejected++;
      }
    }
    assertWithinBound(rejected, trials, StorageDetection.probability(f, k));
  }

  private static void assertWithinBound(int rejected, int trials, double p) {
    double observed = (double) rejected / trials;
    double bound = 5 * Math.sqrt(p * (1 - p) / trials) + 1.0 / trials;
    assertThat(observed)
        .as("detection rate over %d trials; expected %.5f +- %.5f", trials, p, bound)
        .isCloseTo(p, within(bound));
  }
}
