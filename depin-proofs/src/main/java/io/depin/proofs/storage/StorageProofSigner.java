package io.depin.proofs.storage;

import io.depin.core.crypto.CryptoException;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.SignedProof;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs a device's storage proofs: its sector commitments and its answers to challenges, through
 * the device's {@link DeviceSigner}, which gives each the device's next sequence number, so the
 * device app cannot reuse or reorder one. The response is built with the rules in force at the
 * proof's timestamp and only after the challenge's randomness verified under the challenger's key.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * StorageProofSigner signer = StorageProofSigner.create(commitmentKind, responseKind, device);
 * SignedProof<SectorCommitment> committed = signer.signCommitment(prover, clock.instant());
 * SignedProof<StorageProof> answered = signer.signResponse(prover, challenge, clock.instant());
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class StorageProofSigner {
  private final SectorCommitmentKind commitmentKind;
  private final StorageProofKind responseKind;
  private final DeviceSigner device;

  private StorageProofSigner(SectorCommitmentKind commitmentKind, StorageProofKind responseKind,
      DeviceSigner device) {
    this.commitmentKind = commitmentKind;
    this.responseKind = responseKind;
    this.device = device;
  }

  /**
   * Creates a signer.
   *
   * @param commitmentKind the commitment kind
   * @param responseKind the response kind, whose rules and challenger key the responses follow
   * @param device the device's signer
   * @return the signer
   */
  public static StorageProofSigner create(SectorCommitmentKind commitmentKind,
      StorageProofKind responseKind, DeviceSigner device) {
    return new StorageProofSigner(Objects.requireNonNull(commitmentKind, "commitmentKind"),
        Objects.requireNonNull(responseKind, "responseKind"),
        Objects.requireNonNull(device, "device"));
  }

  /**
   * Signs the prover's commitment.
   *
   * @param prover the sector's prover
   * @param timestamp when the proof is made
   * @return the signed proof
   * @throws CryptoException if signing fails; the sequence number is then not used up
   * @throws IllegalStateException if the sequence numbers are used up
   */
  public SignedProof<SectorCommitment> signCommitment(SectorProver prover, Instant timestamp)
      throws CryptoException {
    return device.sign(commitmentKind, prover.commitment(), timestamp);
  }

  /**
   * Verifies the challenge's randomness, answers it with the rules in force at {@code timestamp}
   * and signs the answer.
   *
   * @param prover the challenged sector's prover
   * @param challenge the challenge
   * @param timestamp when the proof is made
   * @return the signed proof
   * @throws VrfException if the challenge's randomness does not verify under the challenger's key
   * @throws CryptoException if signing fails; the sequence number is then not used up
   * @throws IllegalStateException if no rules are in force at {@code timestamp}, or the sequence
   *     numbers are used up
   */
  public SignedProof<StorageProof> signResponse(
      SectorProver prover, StorageChallenge challenge, Instant timestamp)
      throws VrfException, CryptoException {
    StorageRules rules = responseKind.rules().inForceAt(timestamp).orElseThrow(
        () -> new IllegalStateException("no storage rules in force at " + timestamp));
    VrfOutput randomness = challenge.randomness(responseKind.challenger());
    StorageProof proof = prover.respond(challenge, randomness, rules.challenges());
    return device.sign(responseKind, proof, timestamp);
  }

  @Override
  public String toString() {
    return "StorageProofSigner[device=" + device.device() + "]";
  }
}
