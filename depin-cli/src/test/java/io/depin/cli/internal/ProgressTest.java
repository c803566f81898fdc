package io.depin.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter text = new StringWriter();
  private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

  private Progress lines(long total) {
    return Progress.lines("simulating", "runs", total, new PrintWriter(text), nanos::get);
  }

  @Test
  void lines_oneAtStartAndOnePerTenth_plainText() {
    try (Progress p = lines(200)) {
      for (int i = 1; i <= 200; i++) {
        nanos.addAndGet(10_000_000); // 10 ms per run
        p.stepTo(i);
      }
    }
    List<String> got = text.toString().lines().toList();
    assertThat(got).hasSize(11);
    assertThat(got.get(0)).isEqualTo("simulating: 0/200 runs (0%), 0.0 s");
    assertThat(got.get(1)).isEqualTo("simulating: 20/200 runs (10%), 0.2 s");
    assertThat(got.get(10)).isEqualTo("simulating: 200/200 runs (100%), 2.0 s");
    assertThat(text.toString()).doesNotContain("\u001b").doesNotContain("\r");
  }

  @Test
  void lines_slowProgress_aLineAtLeastEveryTenSecondsWhileMoving_andTheLastAtClose() {
    try (Progress p = lines(1000)) {
      nanos.addAndGet(4_000_000_000L);
      p.step(); // 4 s after the start: no line yet
      nanos.addAndGet(7_000_000_000L);
      p.step(); // 11 s: a line
      nanos.addAndGet(30_000_000_000L);
      p.stepTo(2); // no movement: no line
      p.step(); // 41 s: a line
      p.step(); // 4 done, within 10 s of the last line: printed only at close
    }
    assertThat(text.toString().lines().toList()).containsExactly(
        "simulating: 0/1000 runs (0%), 0.0 s",
        "simulating: 2/1000 runs (0%), 11.0 s",
        "simulating: 3/1000 runs (0%), 41.0 s",
        "simulating: 4/1000 runs (0%), 41.0 s");
  }

  @Test
  void lines_stepsFromManyThreads_countEveryStep() throws InterruptedException {
    Progress p = lines(4000);
    Thread[] threads = new Thread[4];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = Thread.ofPlatform().start(() -> {
        for (int j = 0; j < 1000; j++) {
          p.step();
        }
      });
    }
    for (Thread t : threads) {
      t.join();
    }
    p.close();
    List<String> got = text.toString().lines().toList();
    assertThat(got.get(got.size() - 1)).startsWith("simulating: 4000/4000 runs (100%)");
    assertThat(got).hasSize(11);
  }
}
