package io.depin.testkit.proofs;

import io.depin.proofs.InMemoryReplayGuard;
import io.depin.proofs.ReplayGuard;
import java.time.Clock;

class InMemoryReplayGuardTest extends ReplayGuardContractTest {
  @Override
  protected ReplayGuard newGuard(Clock clock) {
    return new InMemoryReplayGuard(clock);
  }
}
