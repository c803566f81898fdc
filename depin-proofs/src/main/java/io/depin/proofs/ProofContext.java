package io.depin.proofs;

import io.depin.devices.registry.DeviceState;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link ProofKind}'s check knows besides the payload: the device's registry state and the
 * proof's timestamp, both already verified.
 *
 * {@snippet :
 * Optional<PingRules> rules = ruleBook.inForceAt(context.timestamp());
 * NetworkId network = context.device().network();
 * }
 *
 * @param device the signer's state in the registry, active
 * @param timestamp the proof's timestamp, within the verifier's freshness window
 * @param token the proof's replay token, accepted by the replay guard
 * @since 0.1.0
 */
public record ProofContext(DeviceState device, Instant timestamp, ReplayToken token) {
  /** Checks that no component is null. */
  public ProofContext {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(token, "token");
  }
}
