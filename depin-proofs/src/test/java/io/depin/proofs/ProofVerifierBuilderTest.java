package io.depin.proofs;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProofVerifierBuilderTest {
  @Test
  void freshnessWindows_outOfRange_rejectedWhenSetNotWhenVerifying() {
    ProofVerifier.Builder builder = ProofVerifier.builder();
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxAge(Duration.ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.maxAge(Duration.ofSeconds(Long.MAX_VALUE)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.maxAge(ProofVerifier.MAX_WINDOW.plusNanos(1)));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxFutureSkew(Duration.ofSeconds(-1)))
        .withMessageContaining("maxFutureSkew");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.maxFutureSkew(Duration.ofSeconds(Long.MAX_VALUE)));
    assertThatNoException().isThrownBy(() -> builder.maxAge(ProofVerifier.MAX_WINDOW)
        .maxFutureSkew(Duration.ZERO).maxFutureSkew(ProofVerifier.MAX_WINDOW));
  }
}
