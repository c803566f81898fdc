package io.depin.proofs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hex;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StorageChallengeTest {
  // randomness = 0x00 0x01 ... 0x3f (64 bytes), sectorId = 32 bytes of 0x11.
  private static final Bytes RANDOMNESS = Bytes.fromHex(
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
          + "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
  private static final SectorId SECTOR = SectorId.fromHex("11".repeat(32));

  /*
   * Hand-computed with Python's hashlib, independently of this code:
   *   d_i = sha256(randomness + sector + i.to_bytes(4, "little")).digest()
   *   w_i = int.from_bytes(d_i[:8], "little")
   * d_0[:8] = d5f5f5587c0deb4f -> w_0 = 0x4feb0d7c58f5f5d5
   * d_1[:8] = c20496bdc55d0e82 -> w_1 = 0x820e5dc5bd9604c2 (top bit set: a signed % would be negative)
   * d_2[:8] = d39e191516fd8874, d_3[:8] = cfc44dd06980a537,
   * d_4[:8] = fb645daaa7c80ce3, d_5[:8] = 1d9f74d0c5e3adbe (both top bit set)
   */
  @Test
  void indices_handComputedVector_matches() {
    assertThat(StorageChallenge.indices(RANDOMNESS, SECTOR, 1000, 6))
        .containsExactly(157, 786, 227, 711, 395, 629);
    assertThat(StorageChallenge.indices(RANDOMNESS, SECTOR, 7, 6)).containsExactly(2, 2, 1, 6, 6, 4);
    assertThat(StorageChallenge.indices(RANDOMNESS, SECTOR, Integer.MAX_VALUE, 6))
        .containsExactly(2026639566, 1102233679, 2116786432, 1066976675, 1886844493, 1305503403);
  }

  @Test
  void indices_littleEndianWordReadUnsigned_matchesRemainderUnsigned() {
    assertThat(StorageChallenge.indices(RANDOMNESS, SECTOR, 1000, 2)[1])
        .isEqualTo((int) Long.remainderUnsigned(0x820e5dc5bd9604c2L, 1000));
  }

  @Test
  void indices_prefixOfLongerDerivation_isStable() {
    int[] eight = StorageChallenge.indices(RANDOMNESS, SECTOR, 1000, 8);
    assertThat(Arrays.copyOf(eight, 6)).containsExactly(157, 786, 227, 711, 395, 629);
  }

  @Test
  void indices_singleChunk_allZero() {
    assertThat(StorageChallenge.indices(RANDOMNESS, SECTOR, 1, 5)).containsOnly(0);
  }

  @Test
  void indices_otherSector_differ() {
    SectorId other = SectorId.fromHex("12" + "11".repeat(31));
    assertThat(StorageChallenge.indices(RANDOMNESS, other, 1000, 6))
        .isNotEqualTo(StorageChallenge.indices(RANDOMNESS, SECTOR, 1000, 6));
  }

  @Test
  void indices_badCounts_throw() {
    assertThatThrownBy(() -> StorageChallenge.indices(RANDOMNESS, SECTOR, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StorageChallenge.indices(RANDOMNESS, SECTOR, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void alpha_layout_isDomainSectorAndBigEndianEpoch() {
    byte[] alpha = StorageChallenge.alpha(SECTOR, 0x0102030405060708L);
    assertThat(alpha).hasSize(66);
    assertThat(new String(alpha, 0, 26, StandardCharsets.US_ASCII))
        .isEqualTo("depin-storage-challenge-v1");
    assertThat(Hex.encode(Arrays.copyOfRange(alpha, 26, 58))).isEqualTo("11".repeat(32));
    assertThat(Hex.encode(Arrays.copyOfRange(alpha, 58, 66))).isEqualTo("0102030405060708");
  }

  @Test
  void randomness_issuedChallenge_isVrfOutputOfAlpha() throws VrfException {
    StorageWorld world = new StorageWorld(1);
    StorageChallenge challenge = StorageChallenge.issue(world.challenger, SECTOR, 9);
    VrfOutput beta = challenge.randomness(world.challenger.publicKey());
    assertThat(beta)
        .isEqualTo(Ecvrf.verify(world.challenger.publicKey(), challenge.vrfProof(),
            StorageChallenge.alpha(SECTOR, 9)));
    assertThat(challenge.indices(beta, 1000, 6))
        .containsExactly(StorageChallenge.indices(Bytes.of(beta.toByteArray()), SECTOR, 1000, 6));
  }

  @Test
  void randomness_otherEpochsProof_throws() {
    StorageWorld world = new StorageWorld(1);
    StorageChallenge issued = StorageChallenge.issue(world.challenger, SECTOR, 9);
    StorageChallenge moved = new StorageChallenge(SECTOR, 10, issued.vrfProof());
    assertThatThrownBy(() -> moved.randomness(world.challenger.publicKey()))
        .isInstanceOf(VrfException.class);
  }

  @Test
  void constructor_negativeEpoch_throws() {
    StorageWorld world = new StorageWorld(1);
    StorageChallenge issued = StorageChallenge.issue(world.challenger, SECTOR, 0);
    assertThatThrownBy(() -> new StorageChallenge(SECTOR, -1, issued.vrfProof()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
