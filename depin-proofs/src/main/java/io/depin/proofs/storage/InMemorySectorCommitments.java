package io.depin.proofs.storage;

import io.depin.devices.DeviceId;
import io.depin.proofs.VerifiedProof;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link SectorCommitments} in memory, filled only from verified commitment proofs. The first
 * commitment of a device to a sector is kept; a later one for the same sector is refused, so a
 * device cannot swap its data for a cheaper commitment.
 *
 * {@snippet :
 * if (verifier.verify(wire) instanceof Verdict.Accepted(VerifiedProof<?> proof)) {
 *   proof.as(commitmentKind).ifPresent(commitments::register);
 * }
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemorySectorCommitments implements SectorCommitments {
  private final ConcurrentMap<Key, SectorCommitment> commitments = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemorySectorCommitments() {}

  /**
   * Records a verified commitment.
   *
   * @param proof the verified commitment proof
   * @return {@code true} if recorded (or the same commitment was recorded before), {@code false}
   *     if the device already committed differently to the sector
   */
  public boolean register(VerifiedProof<SectorCommitment> proof) {
    SectorCommitment commitment = proof.payload();
    Key key = new Key(proof.envelope().device(), commitment.sectorId());
    SectorCommitment existing = commitments.putIfAbsent(key, commitment);
    return existing == null || existing.equals(commitment);
  }

  @Override
  public Optional<SectorCommitment> lookup(DeviceId device, SectorId sector) {
    return Optional.ofNullable(commitments.get(new Key(device, sector)));
  }

  @Override
  public String toString() {
    return "InMemorySectorCommitments[" + commitments.size() + " commitments]";
  }

  private record Key(DeviceId device, SectorId sector) {
    Key {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(sector, "sector");
    }
  }
}
