package io.depin.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void rejectedOf_pipelineReason_codeIsItsName() {
    assertThat(Verdict.Rejected.of(RejectionReason.STALE, "old").code()).isEqualTo("STALE");
  }

  @Test
  void rejectedOf_kindRejected_throwsIllegalArgument() {
    assertThatThrownBy(() -> Verdict.Rejected.of(RejectionReason.KIND_REJECTED, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejected_pipelineReasonWithOtherCode_throwsIllegalArgument() {
    assertThatThrownBy(() -> new Verdict.Rejected(RejectionReason.STALE, "REPLAYED", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkResultFail_upperCaseCode_throwsIllegalArgument() {
    assertThatThrownBy(() -> CheckResult.fail("STALE", "collides with a pipeline reason"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectedByKind_carriesKindCode() {
    Verdict.Rejected r =
        Verdict.Rejected.byKind(new CheckResult.Failed("counter_too_high", "101 > 100"));
    assertThat(r.reason()).isEqualTo(RejectionReason.KIND_REJECTED);
    assertThat(r.code()).isEqualTo("counter_too_high");
  }
}
