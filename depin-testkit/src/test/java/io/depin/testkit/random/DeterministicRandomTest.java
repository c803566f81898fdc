package io.depin.testkit.random;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.hash.HashAlgorithm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DeterministicRandomTest {

  @Property(tries = 50)
  void ofSeed_sameSeed_sameValues(@ForAll long seed) {
    DeterministicRandom a = DeterministicRandom.ofSeed(seed);
    DeterministicRandom b = DeterministicRandom.ofSeed(seed);
    assertThat(draw(a)).isEqualTo(draw(b));
  }

  @Property(tries = 50)
  void ofSeed_differentSeeds_differentValues(@ForAll long seed) {
    DeterministicRandom a = DeterministicRandom.ofSeed(seed);
    DeterministicRandom b = DeterministicRandom.ofSeed(seed + 1);
    assertThat(draw(a)).isNotEqualTo(draw(b));
  }

  @Property(tries = 50)
  void nextInt_bound_staysInRange(@ForAll long seed) {
    DeterministicRandom rng = DeterministicRandom.ofSeed(seed);
    for (int i = 0; i < 100; i++) {
      assertThat(rng.nextInt(7)).isBetween(0, 6);
    }
  }

  @Test
  void nextBytes_twoBlocks_matchDocumentedConstruction() {
    long seed = 0x0123_4567_89ab_cdefL;
    byte[] domain = "depin-testkit/DeterministicRandom/v1".getBytes(StandardCharsets.US_ASCII);
    byte[] key =
        HashAlgorithm.SHA_256.hash(
            ByteBuffer.allocate(domain.length + 8).put(domain).putLong(seed).array());
    byte[] block0 = HashAlgorithm.SHA_256.hash(ByteBuffer.allocate(40).put(key).putLong(0).array());
    byte[] block1 = HashAlgorithm.SHA_256.hash(ByteBuffer.allocate(40).put(key).putLong(1).array());

    byte[] out = new byte[64];
    DeterministicRandom.ofSeed(seed).nextBytes(out);

    assertThat(Arrays.copyOfRange(out, 0, 32)).isEqualTo(block0);
    assertThat(Arrays.copyOfRange(out, 32, 64)).isEqualTo(block1);
  }

  @Test
  void nextLong_afterOddDraw_readsNextEightBytesBigEndian() {
    byte[] stream = new byte[11];
    DeterministicRandom.ofSeed(5).nextBytes(stream);

    DeterministicRandom rng = DeterministicRandom.ofSeed(5);
    rng.nextBytes(new byte[3]);

    assertThat(rng.nextLong()).isEqualTo(ByteBuffer.wrap(stream, 3, 8).getLong());
  }

  @Test
  void asSecureRandom_interleaved_drawsFromSameStream() {
    byte[] expected = new byte[24];
    DeterministicRandom.ofSeed(9).nextBytes(expected);

    DeterministicRandom rng = DeterministicRandom.ofSeed(9);
    SecureRandom secure = rng.asSecureRandom();
    byte[] first = new byte[8];
    byte[] second = new byte[8];
    byte[] third = new byte[8];
    rng.nextBytes(first);
    secure.nextBytes(second);
    rng.nextBytes(third);

    assertThat(concat(first, second, third)).isEqualTo(expected);
  }

  @Test
  void asSecureRandom_setSeed_changesStreamDeterministically() {
    SecureRandom a = DeterministicRandom.ofSeed(3).asSecureRandom();
    SecureRandom b = DeterministicRandom.ofSeed(3).asSecureRandom();
    SecureRandom unseeded = DeterministicRandom.ofSeed(3).asSecureRandom();
    a.setSeed(new byte[] {1, 2, 3});
    b.setSeed(new byte[] {1, 2, 3});

    byte[] fromA = new byte[32];
    byte[] fromB = new byte[32];
    byte[] fromUnseeded = new byte[32];
    a.nextBytes(fromA);
    b.nextBytes(fromB);
    unseeded.nextBytes(fromUnseeded);

    assertThat(fromA).isEqualTo(fromB).isNotEqualTo(fromUnseeded);
  }

  @Test
  void derive_afterDraws_sameStreamAsBefore() {
    DeterministicRandom fresh = DeterministicRandom.ofSeed(11);
    DeterministicRandom used = DeterministicRandom.ofSeed(11);
    used.nextBytes(new byte[100]);

    assertThat(draw(used.derive("device-17"))).isEqualTo(draw(fresh.derive("device-17")));
  }

  @Test
  void derive_afterSetSeedOnTheSecureRandomView_sameStreamAsBefore() {
    DeterministicRandom fresh = DeterministicRandom.ofSeed(11);
    DeterministicRandom mixed = DeterministicRandom.ofSeed(11);
    mixed.asSecureRandom().setSeed(new byte[] {1, 2, 3});

    assertThat(draw(mixed.derive("device-17"))).isEqualTo(draw(fresh.derive("device-17")));
  }

  @Test
  void derive_differentLabels_differentStreams() {
    DeterministicRandom rng = DeterministicRandom.ofSeed(11);

    assertThat(draw(rng.derive("device-1"))).isNotEqualTo(draw(rng.derive("device-2")));
    assertThat(draw(rng.derive("device-1"))).isNotEqualTo(draw(DeterministicRandom.ofSeed(11)));
  }

  @Test
  void toString_always_showsSeedInRerunForm() {
    assertThat(DeterministicRandom.ofSeed(42).toString())
        .isEqualTo("DeterministicRandom[seed=0x000000000000002a]");
    assertThat(Seeds.parse("0x000000000000002a")).isEqualTo(42);
    assertThat(Seeds.parse("-1")).isEqualTo(-1);
    assertThat(Seeds.parse(Seeds.format(-1))).isEqualTo(-1);
  }

  private static long[] draw(DeterministicRandom rng) {
    return rng.longs(16).toArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteBuffer out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
    for (byte[] p : parts) {
      out.put(p);
    }
    return out.array();
  }
}
