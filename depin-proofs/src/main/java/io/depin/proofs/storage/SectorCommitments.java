package io.depin.proofs.storage;

import io.depin.devices.DeviceId;
import java.util.Optional;

/**
 * Where a {@link StorageProofKind} finds the commitment a device made to a sector. A commitment is
 * looked up by the device <em>and</em> the sector, so a device can never answer for a sector another
 * device committed to.
 *
 * {@snippet :
 * InMemorySectorCommitments commitments = new InMemorySectorCommitments();
 * commitments.register(verifiedCommitment);   // a VerifiedProof<SectorCommitment>
 * Optional<SectorCommitment> c = commitments.lookup(deviceId, sectorId);
 * }
 *
 * <p>Implementations are thread-safe: a verifier calls them from many threads.
 *
 * @since 0.1.0
 */
public interface SectorCommitments {
  /**
   * Returns the commitment {@code device} made to {@code sector}.
   *
   * @param device the device
   * @param sector the sector
   * @return the commitment, or empty if the device has none for the sector
   */
  Optional<SectorCommitment> lookup(DeviceId device, SectorId sector);
}
