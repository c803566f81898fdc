package io.depin.testkit.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs small test classes (the static nested fixtures below, which Surefire does not run on their
 * own) through the JUnit Platform and inspects what the extension did.
 */
class SeededRandomExtensionTest {
  private static final String SEED = SeededRandomExtension.SEED_PROPERTY;

  @Test
  void failingTest_anySeed_failureCarriesSeedAndRerunCommand() {
    EngineExecutionResults results = run(selectClass(FailingFixture.class), null);

    List<Throwable> failures = failures(results);
    assertThat(failures).hasSize(1);
    Throwable failure = failures.get(0);
    assertThat(failure).isInstanceOf(AssertionError.class).hasMessage("deliberate failure");
    SeedReport report = seedReport(failure);
    String published = publishedSeeds(results).get(0);
    assertThat(Seeds.format(report.seed())).isEqualTo(published);
    assertThat(report.getMessage())
        .contains("-D" + SEED + "=" + published)
        .contains(
            "-Dtest='" + FailingFixture.class.getName() + "#fails' -D" + SEED + "=" + published)
        .contains("@SeededRandom(seed = \"" + published + "\")");
  }

  @Test
  void failingTest_reportedSeedRerun_drawsSameValues() {
    EngineExecutionResults first = run(selectClass(FailingFixture.class), null);
    long seed = seedReport(failures(first).get(0)).seed();

    EngineExecutionResults rerun = run(selectClass(FailingFixture.class), Seeds.format(seed));

    assertThat(seedReport(failures(rerun).get(0)).seed()).isEqualTo(seed);
    assertThat(values(rerun, "drawn")).isEqualTo(values(first, "drawn"));
  }

  @Test
  void configuredSeed_twoRuns_drawSameValues() {
    EngineExecutionResults a = run(selectClass(DrawingFixture.class), "0x5eed");
    EngineExecutionResults b = run(selectClass(DrawingFixture.class), "0x5eed");

    assertThat(a.testEvents().succeeded().count()).isEqualTo(1);
    assertThat(publishedSeeds(a)).containsExactly("0x0000000000005eed");
    assertThat(values(a, "drawn")).hasSize(1).isEqualTo(values(b, "drawn"));
  }

  @Test
  void configuredSeed_drawnValues_matchDeterministicRandomOfThatSeed() {
    EngineExecutionResults results = run(selectClass(DrawingFixture.class), "12345");

    assertThat(values(results, "drawn")).containsExactly(expectedDraw(12345));
  }

  @Test
  void noSeed_twoRuns_freshSeeds() {
    EngineExecutionResults a = run(selectClass(DrawingFixture.class), null);
    EngineExecutionResults b = run(selectClass(DrawingFixture.class), null);

    assertThat(publishedSeeds(a)).hasSize(1).isNotEqualTo(publishedSeeds(b));
  }

  @Test
  void annotationSeed_noProperty_usesPinnedSeed() {
    EngineExecutionResults results = run(selectClass(PinnedFixture.class), null);

    assertThat(publishedSeeds(results)).containsExactly("0x0000000000000007");
    assertThat(values(results, "drawn")).containsExactly(expectedDraw(7));
  }

  @Test
  void propertySeed_overridesAnnotation() {
    EngineExecutionResults results = run(selectClass(PinnedFixture.class), "8");

    assertThat(values(results, "drawn")).containsExactly(expectedDraw(8));
  }

  @Test
  void allParameterTypes_oneTest_shareOneGenerator() {
    EngineExecutionResults results = run(selectClass(SharingFixture.class), "99");

    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    DeterministicRandom expected = DeterministicRandom.ofSeed(99);
    long beforeEach = expected.nextLong();
    long[] rest = expected.longs(4).toArray();
    assertThat(values(results, "beforeEach")).containsExactly(Long.toString(beforeEach));
    assertThat(values(results, "shares")).containsExactly(Arrays.toString(rest));
    assertThat(publishedSeeds(results)).hasSize(1);
  }

  @Test
  void failingBeforeEach_seedDrawn_failureCarriesSeed() {
    EngineExecutionResults results = run(selectClass(FailingBeforeEachFixture.class), "0x10");

    assertThat(seedReport(failures(results).get(0)).seed()).isEqualTo(0x10);
  }

  private static String expectedDraw(long seed) {
    return Long.toString(DeterministicRandom.ofSeed(seed).nextLong());
  }

  private static EngineExecutionResults run(DiscoverySelector selector, @Nullable String seed) {
    EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter").selectors(selector);
    if (seed != null) {
      builder.configurationParameter(SEED, seed);
    } else {
      // Shield the nested run from a -Ddepin.seed given to this build.
      builder.configurationParameter(SEED, " ");
    }
    return builder.execute();
  }

  private static List<Throwable> failures(EngineExecutionResults results) {
    return results
        .testEvents()
        .failed()
        .stream()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .toList();
  }

  private static SeedReport seedReport(Throwable failure) {
    return Arrays.stream(failure.getSuppressed())
        .filter(SeedReport.class::isInstance)
        .map(SeedReport.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no SeedReport on " + failure));
  }

  private static List<String> publishedSeeds(EngineExecutionResults results) {
    return values(results, SEED);
  }

  private static List<String> values(EngineExecutionResults results, String key) {
    List<String> out = new ArrayList<>();
    results
        .allEvents()
        .reportingEntryPublished()
        .stream()
        .map(Event::getPayload)
        .flatMap(p -> p.stream())
        .map(ReportEntry.class::cast)
        .forEach(entry -> entry.getKeyValuePairs().forEach((k, v) -> {
          if (k.equals(key)) {
            out.add(v);
          }
        }));
    return out;
  }

  @SeededRandom
  static class FailingFixture {
    @Test
    void fails(RandomGenerator rng, TestReporter reporter) {
      reporter.publishEntry("drawn", Long.toString(rng.nextLong()));
      throw new AssertionError("deliberate failure");
    }
  }

  @SeededRandom
  static class DrawingFixture {
    @Test
    void draws(DeterministicRandom rng, TestReporter reporter) {
      reporter.publishEntry("drawn", Long.toString(rng.nextLong()));
    }
  }

  @SeededRandom(seed = "0x7")
  static class PinnedFixture {
    @Test
    void draws(RandomGenerator rng, TestReporter reporter) {
      reporter.publishEntry("drawn", Long.toString(rng.nextLong()));
    }
  }

  @SeededRandom
  static class SharingFixture {
    @BeforeEach
    void before(RandomGenerator rng, TestReporter reporter) {
      reporter.publishEntry("beforeEach", Long.toString(rng.nextLong()));
    }

    @Test
    void shares(
        RandomGenerator generator,
        Random random,
        SecureRandom secure,
        DeterministicRandom deterministic,
        TestReporter reporter) {
      long[] values = {
        generator.nextLong(), random.nextLong(), nextLong(secure), deterministic.nextLong()
      };
      reporter.publishEntry("shares", Arrays.toString(values));
    }

    private static long nextLong(SecureRandom secure) {
      byte[] eight = new byte[8];
      secure.nextBytes(eight);
      return java.nio.ByteBuffer.wrap(eight).getLong();
    }
  }

  @SeededRandom
  static class FailingBeforeEachFixture {
    @BeforeEach
    void before(RandomGenerator rng) {
      rng.nextLong();
      throw new IllegalStateException("deliberate setup failure");
    }

    @Test
    void neverRuns() {}
  }
}
