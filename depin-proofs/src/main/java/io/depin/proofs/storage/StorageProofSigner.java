package io.depin.proofs.storage;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signs a device's storage proofs: its sector commitments and its answers to challenges, each
 * with the next {@link ReplayToken#sequence(long) sequence number}, so the device app cannot reuse
 * or reorder one. The response is built with the rules in force at the proof's timestamp and
 * only after the challenge's randomness verified under the challenger's key.
 *
 * {@snippet :
 * StorageProofSigner signer =
 *     StorageProofSigner.create(commitmentKind, responseKind, deviceId, deviceKey, 1);
 * SignedProof<SectorCommitment> committed = signer.signCommitment(prover, clock.instant());
 * SignedProof<StorageProof> answered = signer.signResponse(prover, challenge, clock.instant());
 * }
 *
 * <p>Thread-safe: concurrent calls get distinct, increasing sequence numbers. Use one signer per
 * device, for all the device's proofs that share its sequence.
 *
 * @since 0.1.0
 */
public final class StorageProofSigner {
  private final SectorCommitmentKind commitmentKind;
  private final StorageProofKind responseKind;
  private final DeviceId device;
  private final Signer signer;
  private final AtomicLong nextSequence;

  private StorageProofSigner(SectorCommitmentKind commitmentKind, StorageProofKind responseKind,
      DeviceId device, Signer signer, long firstSequence) {
    this.commitmentKind = commitmentKind;
    this.responseKind = responseKind;
    this.device = device;
    this.signer = signer;
    this.nextSequence = new AtomicLong(firstSequence);
  }

  /**
   * Creates a signer.
   *
   * @param commitmentKind the commitment kind
   * @param responseKind the response kind, whose rules and challenger key the responses follow
   * @param device the device
   * @param signer the device's current key
   * @param firstSequence the first sequence number to use, above every one the device used before
   * @return the signer
   * @throws IllegalArgumentException if the sequence number is out of range
   */
  public static StorageProofSigner create(SectorCommitmentKind commitmentKind,
      StorageProofKind responseKind, DeviceId device, Signer signer, long firstSequence) {
    ReplayToken.sequence(firstSequence);
    return new StorageProofSigner(Objects.requireNonNull(commitmentKind, "commitmentKind"),
        Objects.requireNonNull(responseKind, "responseKind"),
        Objects.requireNonNull(device, "device"), Objects.requireNonNull(signer, "signer"),
        firstSequence);
  }

  /** {@return the sequence number the next proof will carry} */
  public long nextSequence() {
    return nextSequence.get();
  }

  /**
   * Signs the prover's commitment.
   *
   * @param prover the sector's prover
   * @param timestamp when the proof is made
   * @return the signed proof
   * @throws CryptoException if signing fails
   */
  public SignedProof<SectorCommitment> signCommitment(SectorProver prover, Instant timestamp)
      throws CryptoException {
    return SignedProof.sign(
        commitmentKind, prover.commitment(), device, nextToken(), timestamp, signer);
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
   * @throws CryptoException if signing fails
   * @throws IllegalStateException if no rules are in force at {@code timestamp}
   */
  public SignedProof<StorageProof> signResponse(
      SectorProver prover, StorageChallenge challenge, Instant timestamp)
      throws VrfException, CryptoException {
    StorageRules rules = responseKind.rules().inForceAt(timestamp).orElseThrow(
        () -> new IllegalStateException("no storage rules in force at " + timestamp));
    VrfOutput randomness = challenge.randomness(responseKind.challenger());
    StorageProof proof = prover.respond(challenge, randomness, rules.challenges());
    return SignedProof.sign(responseKind, proof, device, nextToken(), timestamp, signer);
  }

  private ReplayToken nextToken() {
    return ReplayToken.sequence(nextSequence.getAndIncrement());
  }

  @Override
  public String toString() {
    return "StorageProofSigner[device=" + device + ", next=" + nextSequence.get() + "]";
  }
}
