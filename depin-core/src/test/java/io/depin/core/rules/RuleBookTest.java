package io.depin.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RuleBookTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");
  private static final RuleBook<String> BOOK = RuleBook.startingAt(T0, "v1").thenFrom(T1, "v2");

  @Test
  void inForceAt_beforeFirstVersion_isEmpty() {
    assertThat(BOOK.inForceAt(T0.minusMillis(1))).isEmpty();
  }

  @Test
  void inForceAt_effectiveInstants_switchExactlyThere() {
    assertThat(BOOK.inForceAt(T0)).contains("v1");
    assertThat(BOOK.inForceAt(T1.minusMillis(1))).contains("v1");
    assertThat(BOOK.inForceAt(T1)).contains("v2");
    assertThat(BOOK.inForceAt(Instant.MAX)).contains("v2");
  }

  @Test
  void thenFrom_notAfterLatest_throwsIllegalArgument() {
    assertThatThrownBy(() -> BOOK.thenFrom(T1, "v3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BOOK.thenFrom(T0, "v3")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thenFrom_leavesOriginalUnchanged() {
    RuleBook<String> longer = BOOK.thenFrom(T1.plusSeconds(1), "v3");
    assertThat(BOOK.inForceAt(T1.plusSeconds(1))).contains("v2");
    assertThat(longer.inForceAt(T1.plusSeconds(1))).contains("v3");
  }
}
