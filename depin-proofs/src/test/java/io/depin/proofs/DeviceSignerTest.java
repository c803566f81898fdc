package io.depin.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;
import io.depin.core.crypto.SigningKey;
import io.depin.core.geo.GeoPoint;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.location.LocationClaim;
import io.depin.proofs.location.LocationClaimKind;
import io.depin.proofs.location.LocationRules;
import io.depin.proofs.uptime.Heartbeat;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.UptimeRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceSignerTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00.123456Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final SigningKey KEY = key();
  private static final DeviceId ID = DeviceId.fromInitialKey(KEY.publicKey());
  private static final GeoPoint HOME = GeoPoint.of(48.8566, 2.3522);
  private static final HeartbeatKind BEATS =
      new HeartbeatKind(RuleBook.startingAt(NOW, UptimeRules.HELIUM_MOBILE));
  private static final LocationClaimKind CLAIMS =
      new LocationClaimKind(RuleBook.startingAt(NOW, LocationRules.indoorHotspotExample()));

  private static SigningKey key() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 5);
    return SigningKey.fromRaw(KeyType.ED25519, secret);
  }

  private static long sequenceOf(SignedProof<?> proof) {
    return ((ReplayToken.Sequence) proof.envelope().token()).value();
  }

  @Test
  void sign_twoKinds_shareOneIncreasingSequence() throws Exception {
    DeviceSigner device = DeviceSigner.create(ID, KEY, CLOCK, 10);
    SignedProof<Heartbeat> a = device.sign(BEATS, new Heartbeat(1, true));
    SignedProof<LocationClaim> b = device.sign(CLAIMS, new LocationClaim(HOME, 2));
    SignedProof<Heartbeat> c = device.sign(BEATS, new Heartbeat(3, true), NOW.plusSeconds(5));
    assertThat(List.of(sequenceOf(a), sequenceOf(b), sequenceOf(c))).containsExactly(10L, 11L, 12L);
    assertThat(device.nextSequence()).isEqualTo(13);
    assertThat(b.envelope().kind()).isEqualTo(CLAIMS.type());
    assertThat(b.envelope().device()).isEqualTo(ID);
    assertThat(b.envelope().signer()).isEqualTo(KEY.publicKey());
    assertThat(ProofEnvelope.decode(b.toBytes())).isEqualTo(b.envelope());
  }

  @Test
  void sign_withoutTimestamp_usesTheClockTruncatedToMillis() throws Exception {
    DeviceSigner device = DeviceSigner.create(ID, KEY, CLOCK, 0);
    assertThat(device.sign(BEATS, new Heartbeat(1, true)).envelope().timestamp())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
    Instant explicit = Instant.parse("2025-12-31T23:59:00Z");
    assertThat(device.sign(BEATS, new Heartbeat(2, true), explicit).envelope().timestamp())
        .isEqualTo(explicit);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, Long.MIN_VALUE, ReplayToken.MAX_SEQUENCE + 1, Long.MAX_VALUE})
  void create_sequenceOutOfRange_throwsIllegalArgument(long next) {
    assertThatThrownBy(() -> DeviceSigner.create(ID, KEY, CLOCK, next))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void create_sequenceAtBounds_accepted() throws Exception {
    assertThat(DeviceSigner.create(ID, KEY, CLOCK, 0).nextSequence()).isZero();
    DeviceSigner last = DeviceSigner.create(ID, KEY, CLOCK, ReplayToken.MAX_SEQUENCE);
    assertThat(sequenceOf(last.sign(BEATS, new Heartbeat(1, true)))).isEqualTo(ReplayToken.MAX_SEQUENCE);
    assertThatThrownBy(() -> last.sign(CLAIMS, new LocationClaim(HOME, 2)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(last.nextSequence()).isEqualTo(ReplayToken.MAX_SEQUENCE + 1);
  }

  @Test
  void create_nullArgument_throwsNullPointer() {
    assertThatThrownBy(() -> DeviceSigner.create(null, KEY, CLOCK, 0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DeviceSigner.create(ID, null, CLOCK, 0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DeviceSigner.create(ID, KEY, null, 0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void sign_keyFails_sequenceNotUsedUp() throws Exception {
    FlakySigner flaky = new FlakySigner(KEY);
    DeviceSigner device = DeviceSigner.create(ID, flaky, CLOCK, 4);
    flaky.failNext = true;
    assertThatThrownBy(() -> device.sign(BEATS, new Heartbeat(1, true))).isInstanceOf(CryptoException.class);
    assertThat(device.nextSequence()).isEqualTo(4);
    assertThat(sequenceOf(device.sign(BEATS, new Heartbeat(1, true)))).isEqualTo(4);
  }

  @Test
  void sign_concurrently_givesDistinctSequencesInSigningOrder() throws Exception {
    int threads = 4;
    int perThread = 50;
    DeviceSigner device = DeviceSigner.create(ID, KEY, CLOCK, 100);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        boolean beats = t % 2 == 0;
        Callable<List<Long>> task = () -> {
          start.await();
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            mine.add(sequenceOf(beats
                ? device.sign(BEATS, new Heartbeat(i, true))
                : device.sign(CLAIMS, new LocationClaim(HOME, i + 1))));
          }
          return mine;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      Set<Long> all = new HashSet<>();
      for (Future<List<Long>> future : futures) {
        List<Long> mine = future.get();
        assertThat(mine).isSorted();
        all.addAll(mine);
      }
      assertThat(all).hasSize(threads * perThread);
      long last = 100L + (long) threads * perThread - 1;
      assertThat(all).allSatisfy(s -> assertThat(s).isBetween(100L, last));
      assertThat(device.nextSequence()).isEqualTo(last + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A signer that fails once when told to, as a secure element might. */
  private static final class FlakySigner implements Signer {
    private final SigningKey key;
    volatile boolean failNext;

    FlakySigner(SigningKey key) {
      this.key = key;
    }

    @Override
    public KeyType keyType() {
      return key.keyType();
    }

    @Override
    public PublicKey publicKey() {
      return key.publicKey();
    }

    @Override
    public Signature sign(byte[] message) throws CryptoException {
      if (failNext) {
        failNext = false;
        throw new CryptoException(CryptoException.Code.SIGNER_FAILED, "refused");
      }
      return key.sign(message);
    }
  }
}
