package io.depin.proofs.storage;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import io.depin.proofs.storage.internal.ChallengeIndices;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSecretKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A challenge to prove a sector in one epoch, drawn from the challenger's verifiable randomness.
 *
 * <p><b>Randomness.</b> The challenger proves its ECVRF (RFC 9381) on {@link #alpha(SectorId,
 * long)}: the 26 ASCII bytes {@code depin-storage-challenge-v1}, then the sector id's 32 bytes,
 * then the epoch as an 8-byte big-endian integer. The VRF output {@code beta} is the randomness. It
 * is fixed by the challenger's key and the input, so the challenger cannot bias it, and no one
 * without the challenger's secret key (the storing device in particular) can predict it before the
 * challenge is published. Anyone can check it with the challenger's public key.
 *
 * <p><b>Indices.</b> For {@code i = 0 .. k-1}:
 *
 * <pre>
 * index_i = LE64( SHA-256( randomness || sectorId || LE32(i) )[0..8] ) mod n
 * </pre>
 *
 * where {@code randomness} is all of {@code beta} (64 bytes for Ed25519, 32 for P-256), {@code
 * sectorId} its 32 bytes, {@code LE32(i)} the index {@code i} as 4 bytes little endian, {@code LE64}
 * reads the first 8 bytes of the digest as an unsigned little-endian integer, and {@code mod n} is
 * the unsigned remainder ({@link Long#remainderUnsigned}) by the sector's chunk count. The modulus
 * is very slightly biased towards small indices (by less than {@code n / 2^64}), which is
 * negligible for any sector. The {@code k} indices are independent and uniform, drawn <em>with
 * replacement</em>: the same index may come up twice and is then answered once.
 *
 * {@snippet :
 * // challenger, once per epoch and sector
 * StorageChallenge challenge = StorageChallenge.issue(challengerKey, sectorId, epoch);
 * // anyone
 * VrfOutput randomness = challenge.randomness(challengerKey.publicKey());
 * int[] indices = challenge.indices(randomness, commitment.chunkCount(), rules.challenges());
 * }
 *
 * @param sectorId the sector challenged
 * @param epoch the epoch the challenge is for
 * @param vrfProof the challenger's VRF proof on {@link #alpha(SectorId, long)}
 * @since 0.1.0
 */
public record StorageChallenge(SectorId sectorId, long epoch, VrfProof vrfProof) {
  private static final byte[] DOMAIN =
      "depin-storage-challenge-v1".getBytes(StandardCharsets.US_ASCII);

  /**
   * Validates the challenge.
   *
   * @throws IllegalArgumentException if the epoch is negative
   */
  public StorageChallenge {
    Objects.requireNonNull(sectorId, "sectorId");
    Objects.requireNonNull(vrfProof, "vrfProof");
    if (epoch < 0) {
      throw new IllegalArgumentException("an epoch is not negative: " + epoch);
    }
  }

  /**
   * Issues a challenge: proves the challenger's VRF on the challenge input.
   *
   * @param challengerKey the challenger's VRF key
   * @param sectorId the sector
   * @param epoch the epoch, not negative
   * @return the challenge
   */
  public static StorageChallenge issue(VrfSecretKey challengerKey, SectorId sectorId, long epoch) {
    Objects.requireNonNull(challengerKey, "challengerKey");
    return new StorageChallenge(sectorId, epoch, challengerKey.prove(alpha(sectorId, epoch)));
  }

  /**
   * Returns the VRF input of a challenge: {@code "depin-storage-challenge-v1" || sectorId ||
   * BE64(epoch)}, 66 bytes.
   *
   * @param sectorId the sector
   * @param epoch the epoch
   * @return a fresh array
   */
  public static byte[] alpha(SectorId sectorId, long epoch) {
    Objects.requireNonNull(sectorId, "sectorId");
    ByteBuffer buffer = ByteBuffer.allocate(DOMAIN.length + 32 + 8);
    buffer.put(DOMAIN).put(sectorId.value().toByteArray()).putLong(epoch);
    return buffer.array();
  }

  /**
   * Verifies the challenger's VRF proof and returns the randomness.
   *
   * @param challenger the challenger's public key
   * @return the VRF output
   * @throws VrfException if the proof does not verify for this sector and epoch under the key
   * @throws IllegalArgumentException if the key's type does not match the proof's suite
   */
  public VrfOutput randomness(PublicKey challenger) throws VrfException {
    return Ecvrf.verify(challenger, vrfProof, alpha(sectorId, epoch));
  }

  /**
   * Returns the challenged chunk indices of this challenge's sector.
   *
   * @param randomness the verified randomness, from {@link #randomness(PublicKey)}
   * @param chunkCount the sector's chunk count {@code n}, at least 1
   * @param challenges the number {@code k}, at least 0
   * @return {@code k} indices in {@code [0, n)}, in order of {@code i}, repeats kept
   */
  public int[] indices(VrfOutput randomness, int chunkCount, int challenges) {
    return ChallengeIndices.derive(randomness.toByteArray(), sectorId, chunkCount, challenges);
  }

  /**
   * Derives challenge indices from any randomness, as the class documentation specifies.
   *
   * @param randomness the randomness bytes
   * @param sectorId the sector
   * @param chunkCount {@code n}, at least 1
   * @param challenges {@code k}, at least 0
   * @return {@code k} indices in {@code [0, n)}, in order of {@code i}, repeats kept
   * @throws IllegalArgumentException if {@code n} or {@code k} is out of range
   */
  public static int[] indices(Bytes randomness, SectorId sectorId, int chunkCount, int challenges) {
    Objects.requireNonNull(sectorId, "sectorId");
    return ChallengeIndices.derive(randomness.toByteArray(), sectorId, chunkCount, challenges);
  }
}
