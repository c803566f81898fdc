package io.depin.proofs.storage.internal;

import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.hash.Hasher;
import io.depin.proofs.storage.SectorId;

/**
 * The challenge index derivation of {@link io.depin.proofs.storage.StorageChallenge#indices}: for
 * {@code i = 0 .. k-1}, {@code index_i = LE64(SHA-256(randomness || sectorId || LE32(i))[0..8])
 * mod n}, the modulus taken unsigned.
 */
public final class ChallengeIndices {
  private ChallengeIndices() {}

  /**
   * Derives the indices.
   *
   * @param randomness the verifiable randomness
   * @param sector the sector, hashed as its 32 bytes
   * @param chunkCount {@code n}, at least 1
   * @param challenges {@code k}, at least 0
   * @return {@code k} indices in {@code [0, n)}, in order of {@code i}, repeats kept
   */
  public static int[] derive(byte[] randomness, SectorId sector, int chunkCount, int challenges) {
    if (chunkCount < 1 || challenges < 0) {
      throw new IllegalArgumentException(
          "need n >= 1 and k >= 0, not n = " + chunkCount + ", k = " + challenges);
    }
    byte[] suffix = new byte[36];
    sector.value().copyTo(suffix, 0);
    int[] indices = new int[challenges];
    for (int i = 0; i < challenges; i++) {
      suffix[32] = (byte) i;
      suffix[33] = (byte) (i >>> 8);
      suffix[34] = (byte) (i >>> 16);
      suffix[35] = (byte) (i >>> 24);
      Hasher hasher = HashAlgorithm.SHA_256.newHasher();
      Hash32 digest = hasher.update(randomness).update(suffix).digest32();
      long word = 0;
      for (int b = 7; b >= 0; b--) {
        word = (word << 8) | (digest.get(b) & 0xFF);
      }
      indices[i] = (int) Long.remainderUnsigned(word, chunkCount);
    }
    return indices;
  }
}
