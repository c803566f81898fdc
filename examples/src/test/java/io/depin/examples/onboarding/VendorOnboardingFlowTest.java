package io.depin.examples.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.devices.DeviceId;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.DeviceStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VendorOnboardingFlowTest {
  private static VendorOnboardingFlow.Result line;
  private static String printed;

  @BeforeAll
  static void runTheLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    line = VendorOnboardingFlow.run(VendorOnboardingFlow.DEFAULT_SEED,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_genuineDevices_areAttestedAndActivatedWithTheirOwners() {
    assertThat(line.certified()).isEqualTo(VendorOnboardingFlow.DEVICES);
    assertThat(line.attested()).isEqualTo(VendorOnboardingFlow.DEVICES);
    assertThat(line.onboarded()).hasSize(VendorOnboardingFlow.DEVICES);
    for (var entry : line.onboarded().entrySet()) {
      DeviceState state = entry.getValue();
      assertThat(state.identity().id()).isEqualTo(entry.getKey());
      assertThat(state.status()).isEqualTo(DeviceStatus.ACTIVE);
      assertThat(DeviceId.fromInitialKey(state.identity().publicKey())).isEqualTo(entry.getKey());
    }
    assertThat(line.onboarded().values()).extracting(DeviceState::owner).doesNotHaveDuplicates();
  }

  @Test
  void run_counterfeitReplayAndSecondActivation_areRefusedWithTheirReasons() {
    assertThat(line.refused()).hasSize(3);
    assertThat(line.refused()).containsEntry("replayed attestation", "REPLAYED");
    assertThat(line.refused()).hasEntrySatisfying(
        line.refused().keySet().stream().filter(k -> k.startsWith("counterfeit ")).findFirst().orElseThrow(),
        reason -> assertThat(reason).isEqualTo("CERTIFICATE_INVALID/WRONG_ISSUER"));
    DeviceId first = line.onboarded().keySet().iterator().next();
    assertThat(line.refused()).containsEntry("second activation " + first, "ALREADY_ONBOARDED");
  }

  @Test
  void run_sameSeed_sameDevices() throws Exception {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    VendorOnboardingFlow.run(VendorOnboardingFlow.DEFAULT_SEED,
        new PrintStream(again, true, StandardCharsets.UTF_8));

    assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
  }
}
