package io.depin.testkit.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.MakerStatus;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingException;
import io.depin.devices.onboarding.OnboardingRecord;
import io.depin.devices.onboarding.OnboardingVerifier;
import io.depin.devices.registry.DeviceEvent;
import io.depin.devices.registry.DeviceRegistry;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.DeviceStatus;
import io.depin.devices.registry.KeyRotation;
import io.depin.devices.registry.OwnershipTransfer;
import io.depin.devices.registry.RegistryException;
import io.depin.devices.registry.RegistryException.Reason;
import io.depin.devices.registry.TransferClaim;
import io.depin.testkit.FakeClock;
import io.depin.testkit.random.DeterministicRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every {@link DeviceRegistry} keeps: fail-closed lookups, an append-only signed
 * history that replays to the current state, ownership transfers, key rotations, device and maker
 * revocation, and atomic changes under concurrency. Extend it and return a fresh, empty registry
 * from {@link #newRegistry()}:
 *
 * {@snippet :
 * class PostgresDeviceRegistryTest extends DeviceRegistryContractTest {
 *   @Override
 *   protected DeviceRegistry newRegistry() {
 *     return new PostgresDeviceRegistry(freshSchema());
 *   }
 * }
 * }
 *
 * <p>Tests use JUnit 5 and jqwik; both engines must be on the test runtime path. Keys are Ed25519
 * from seeded {@link DeterministicRandom} streams, so runs are reproducible.
 *
 * @since 0.1.0
 */
public abstract class DeviceRegistryContractTest {
  private static final NetworkId NETWORK = NetworkId.of("io.depin.contract-test");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private static final int RACES = 8;

  /** Creates the contract test. */
  protected DeviceRegistryContractTest() {}

  /**
   * Returns a new, empty registry; called once or more per test.
   *
   * @return the registry under test
   */
  protected abstract DeviceRegistry newRegistry();

  @Test
  void recordOnboarding_verifiedRecord_lookupsReturnActiveState() throws Exception {
    World w = new World(1);
    Device d = w.onboard();
    DeviceState state = w.registry.lookup(d.id());

    assertEquals(DeviceStatus.ACTIVE, state.status());
    assertEquals(d.key.publicKey(), state.identity().publicKey());
    assertEquals(d.owner.publicKey(), state.owner());
    assertEquals(MakerId.of(w.maker.publicKey()), state.maker());
    assertEquals(NETWORK, state.network());
    assertEquals(1, state.sequence());
    assertEquals(state, w.registry.lookupByKey(d.key.publicKey()));
    assertTrue(w.registry.isOnboarded(d.id()));
    List<DeviceEvent> history = w.registry.history(d.id());
    assertEquals(1, history.size());
    DeviceEvent.Onboarded first = assertInstanceOf(DeviceEvent.Onboarded.class, history.get(0));
    assertEquals(d.id(), first.record().device().id());
    assertEquals(state, DeviceState.replay(history));
  }

  @Test
  void lookup_unknownDevice_failsClosed() throws Exception {
    World w = new World(2);
    DeviceId unknown = DeviceId.fromInitialKey(w.newKey().publicKey());
    assertEquals(Reason.UNKNOWN_DEVICE, refusal(() -> w.registry.lookup(unknown)));
    assertEquals(Reason.UNKNOWN_DEVICE, refusal(() -> w.registry.history(unknown)));
    assertEquals(
        Reason.UNKNOWN_DEVICE, refusal(() -> w.registry.lookupByKey(w.newKey().publicKey())));
    assertEquals(Reason.UNKNOWN_DEVICE, refusal(() -> w.registry.revokeDevice(unknown, "test")));
    assertFalse(w.registry.isOnboarded(unknown));
  }

  @Test
  void recordOnboarding_sameDeviceTwice_throwsAlreadyOnboarded() throws Exception {
    World w = new World(3);
    SigningKey device = w.newKey();
    SigningKey owner = w.newKey();
    OnboardingRecord first = w.verifier.verify(w.request(device, owner));
    OnboardingRecord second = w.verifier.verify(w.request(device, owner));
    w.registry.recordOnboarding(first);

    assertEquals(Reason.ALREADY_ONBOARDED, refusal(() -> w.registry.recordOnboarding(second)));
    assertEquals(1, w.registry.history(first.device().id()).size());
  }

  @Test
  void recordOnboarding_unknownMaker_throwsUnknownMaker() throws Exception {
    World w = new World(4);
    DeviceRegistry other = newRegistry();
    OnboardingRecord record = w.verifier.verify(w.request(w.newKey(), w.newKey()));

    assertEquals(Reason.UNKNOWN_MAKER, refusal(() -> other.recordOnboarding(record)));
    assertFalse(other.isOnboarded(record.device().id()));
  }

  @Test
  void recordOnboarding_makerRevokedAfterVerification_throwsMakerRevoked() throws Exception {
    World w = new World(5);
    OnboardingRecord record = w.verifier.verify(w.request(w.newKey(), w.newKey()));
    w.registry.revokeMaker(record.maker(), "key leaked");

    assertEquals(Reason.MAKER_REVOKED, refusal(() -> w.registry.recordOnboarding(record)));
  }

  @Test
  void registerMaker_twice_throwsMakerAlreadyRegistered() throws Exception {
    World w = new World(6);
    MakerId maker = MakerId.of(w.maker.publicKey());
    assertEquals(MakerStatus.ACTIVE, w.registry.makerStatus(maker));
    assertEquals(
        Reason.MAKER_ALREADY_REGISTERED, refusal(() -> w.registry.registerMaker(w.maker.publicKey())));
    w.registry.revokeMaker(maker, "test");
    assertEquals(
        Reason.MAKER_ALREADY_REGISTERED, refusal(() -> w.registry.registerMaker(w.maker.publicKey())));
  }

  @Test
  void revokeMaker_unknownOrRevoked_isRefused() throws Exception {
    World w = new World(7);
    MakerId stranger = MakerId.of(w.newKey().publicKey());
    assertEquals(MakerStatus.UNKNOWN, w.registry.makerStatus(stranger));
    assertEquals(Reason.UNKNOWN_MAKER, refusal(() -> w.registry.revokeMaker(stranger, "test")));
    MakerId maker = MakerId.of(w.maker.publicKey());
    w.registry.revokeMaker(maker, "test");
    assertEquals(MakerStatus.REVOKED, w.registry.makerStatus(maker));
    assertEquals(Reason.MAKER_REVOKED, refusal(() -> w.registry.revokeMaker(maker, "again")));
  }

  @Test
  void revokeMaker_onboardedDevices_failClosedAndKeepHistory() throws Exception {
    World w = new World(8);
    Device a = w.onboard();
    Device b = w.onboard();
    MakerId maker = MakerId.of(w.maker.publicKey());
    w.registry.revokeMaker(maker, "factory compromised");

    for (Device d : List.of(a, b)) {
      assertEquals(Reason.MAKER_REVOKED, refusal(() -> w.registry.lookup(d.id())));
      assertEquals(Reason.MAKER_REVOKED, refusal(() -> w.registry.lookupByKey(d.key.publicKey())));
      DeviceState current = d.state;
      assertEquals(
          Reason.MAKER_REVOKED,
          refusal(() -> w.registry.transferOwnership(
              DeviceStatements.transfer(current, d.owner, w.newKey()))));
      List<DeviceEvent> history = w.registry.history(d.id());
      assertEquals(2, history.size());
      DeviceEvent.MakerRevoked last =
          assertInstanceOf(DeviceEvent.MakerRevoked.class, history.get(1));
      assertEquals(maker, last.maker());
      assertEquals(DeviceStatus.MAKER_REVOKED, DeviceState.replay(history).status());
    }
  }

  @Test
  void revokeDevice_active_failsClosedAndRecordsEvent() throws Exception {
    World w = new World(9);
    Device d = w.onboard();
    DeviceState revoked = w.registry.revokeDevice(d.id(), "tampered");

    assertEquals(DeviceStatus.REVOKED, revoked.status());
    assertEquals(Reason.DEVICE_REVOKED, refusal(() -> w.registry.lookup(d.id())));
    assertEquals(Reason.DEVICE_REVOKED, refusal(() -> w.registry.lookupByKey(d.key.publicKey())));
    assertEquals(Reason.DEVICE_REVOKED, refusal(() -> w.registry.revokeDevice(d.id(), "again")));
    assertEquals(
        Reason.DEVICE_REVOKED,
        refusal(() -> w.registry.rotateKey(DeviceStatements.rotation(d.state, d.key, w.newKey()))));
    assertTrue(w.registry.isOnboarded(d.id()));
    List<DeviceEvent> history = w.registry.history(d.id());
    assertEquals("tampered", assertInstanceOf(DeviceEvent.Revoked.class, history.get(1)).reason());
    assertEquals(revoked, DeviceState.replay(history));
  }

  @Test
  void transferOwnership_signedByBoth_changesOwnerAndKeepsStatement() throws Exception {
    World w = new World(10);
    Device d = w.onboard();
    SigningKey buyer = w.newKey();
    OwnershipTransfer transfer = DeviceStatements.transfer(d.state, d.owner, buyer);
    DeviceState after = w.registry.transferOwnership(transfer);

    assertEquals(buyer.publicKey(), after.owner());
    assertEquals(2, after.sequence());
    assertEquals(after, w.registry.lookup(d.id()));
    DeviceEvent.OwnershipTransferred event =
        assertInstanceOf(DeviceEvent.OwnershipTransferred.class, w.registry.history(d.id()).get(1));
    assertEquals(transfer, event.transfer());
  }

  @Test
  void transferOwnership_replayed_throwsStaleSequence() throws Exception {
    World w = new World(11);
    Device d = w.onboard();
    SigningKey buyer = w.newKey();
    OwnershipTransfer transfer = DeviceStatements.transfer(d.state, d.owner, buyer);
    DeviceState after = w.registry.transferOwnership(transfer);
    w.registry.transferOwnership(DeviceStatements.transfer(after, buyer, d.owner));

    assertEquals(Reason.STALE_SEQUENCE, refusal(() -> w.registry.transferOwnership(transfer)));
    assertEquals(d.owner.publicKey(), w.registry.lookup(d.id()).owner());
  }

  @Test
  void transferOwnership_byNonOwner_throwsNotOwner() throws Exception {
    World w = new World(12);
    Device d = w.onboard();
    assertEquals(
        Reason.NOT_OWNER,
        refusal(() -> w.registry.transferOwnership(
            DeviceStatements.transfer(d.state, w.newKey(), w.newKey()))));
  }

  @Test
  void transferOwnership_oldOwnerSignatureByAnotherKey_throwsWrongOldOwnerSignature()
      throws Exception {
    World w = new World(13);
    Device d = w.onboard();
    SigningKey buyer = w.newKey();
    OwnershipTransfer honest = DeviceStatements.transfer(d.state, d.owner, buyer);
    OwnershipTransfer forged =
        new OwnershipTransfer(
            honest.claim(),
            w.newKey().sign(honest.claim().oldOwnerSigningInput()),
            honest.newOwnerSignature());
    assertEquals(
        Reason.WRONG_OLD_OWNER_SIGNATURE, refusal(() -> w.registry.transferOwnership(forged)));
  }

  @Test
  void transferOwnership_newOwnerSignatureByAnotherKey_throwsWrongNewOwnerSignature()
      throws Exception {
    World w = new World(14);
    Device d = w.onboard();
    OwnershipTransfer honest = DeviceStatements.transfer(d.state, d.owner, w.newKey());
    OwnershipTransfer forged =
        new OwnershipTransfer(
            honest.claim(),
            honest.oldOwnerSignature(),
            w.newKey().sign(honest.claim().newOwnerSigningInput()));
    assertEquals(
        Reason.WRONG_NEW_OWNER_SIGNATURE, refusal(() -> w.registry.transferOwnership(forged)));
  }

  @Test
  void transferOwnership_oldOwnerSignatureAsNewOwners_isRefused() throws Exception {
    World w = new World(15);
    Device d = w.onboard();
    OwnershipTransfer honest = DeviceStatements.transfer(d.state, d.owner, w.newKey());
    OwnershipTransfer swapped =
        new OwnershipTransfer(
            honest.claim(), honest.newOwnerSignature(), honest.oldOwnerSignature());
    assertEquals(
        Reason.WRONG_OLD_OWNER_SIGNATURE, refusal(() -> w.registry.transferOwnership(swapped)));
  }

  @Test
  void transferOwnership_otherNetwork_throwsWrongNetwork() throws Exception {
    World w = new World(16);
    Device d = w.onboard();
    SigningKey buyer = w.newKey();
    TransferClaim claim =
        new TransferClaim(
            NetworkId.of("io.depin.other"), d.id(), d.state.sequence(),
            d.owner.publicKey(), buyer.publicKey());
    OwnershipTransfer transfer = OwnershipTransfer.sign(claim, d.owner, buyer);
    assertEquals(Reason.WRONG_NETWORK, refusal(() -> w.registry.transferOwnership(transfer)));
  }

  @Test
  void transferOwnership_unknownDevice_throwsUnknownDevice() throws Exception {
    World w = new World(17);
    World elsewhere = new World(18);
    Device d = elsewhere.onboard();
    assertEquals(
        Reason.UNKNOWN_DEVICE,
        refusal(() -> w.registry.transferOwnership(
            DeviceStatements.transfer(d.state, d.owner, w.newKey()))));
  }

  @Test
  void rotateKey_endorsedByOldKey_keepsIdAndHistory() throws Exception {
    World w = new World(19);
    Device d = w.onboard();
    SigningKey next = w.newKey();
    KeyRotation rotation = DeviceStatements.rotation(d.state, d.key, next);
    DeviceState after = w.registry.rotateKey(rotation);

    assertEquals(d.id(), after.identity().id());
    assertEquals(next.publicKey(), after.identity().publicKey());
    assertEquals(after, w.registry.lookup(d.id()));
    assertEquals(after, w.registry.lookupByKey(next.publicKey()));
    assertEquals(Reason.UNKNOWN_DEVICE, refusal(() -> w.registry.lookupByKey(d.key.publicKey())));
    List<DeviceEvent> history = w.registry.history(d.id());
    assertEquals(2, history.size());
    assertEquals(rotation, assertInstanceOf(DeviceEvent.KeyRotated.class, history.get(1)).rotation());
    assertEquals(Reason.STALE_SEQUENCE, refusal(() -> w.registry.rotateKey(rotation)));
  }

  @Test
  void rotateKey_notCurrentKey_throwsNotCurrentKey() throws Exception {
    World w = new World(20);
    Device d = w.onboard();
    assertEquals(
        Reason.NOT_CURRENT_KEY,
        refusal(() -> w.registry.rotateKey(DeviceStatements.rotation(d.state, w.newKey(), w.newKey()))));
  }

  @Test
  void rotateKey_forgedSignatures_areRefusedEachWithItsReason() throws Exception {
    World w = new World(21);
    Device d = w.onboard();
    KeyRotation honest = DeviceStatements.rotation(d.state, d.key, w.newKey());
    SigningKey stranger = w.newKey();
    KeyRotation badOld =
        new KeyRotation(
            honest.claim(), stranger.sign(honest.claim().oldKeySigningInput()),
            honest.newKeySignature());
    KeyRotation badNew =
        new KeyRotation(
            honest.claim(), honest.oldKeySignature(),
            stranger.sign(honest.claim().newKeySigningInput()));
    assertEquals(Reason.WRONG_OLD_KEY_SIGNATURE, refusal(() -> w.registry.rotateKey(badOld)));
    assertEquals(Reason.WRONG_NEW_KEY_SIGNATURE, refusal(() -> w.registry.rotateKey(badNew)));
    assertEquals(1, w.registry.history(d.id()).size());
  }

  @Test
  void rotateKey_toAnotherDevicesKey_throwsKeyInUse() throws Exception {
    World w = new World(22);
    Device a = w.onboard();
    Device b = w.onboard();
    assertEquals(
        Reason.KEY_IN_USE,
        refusal(() -> w.registry.rotateKey(DeviceStatements.rotation(a.state, a.key, b.key))));
    assertEquals(a.state, w.registry.lookup(a.id()));
  }

  @Test
  void recordOnboarding_keyRetiredByRotation_throwsKeyInUse() throws Exception {
    World w = new World(23);
    Device d = w.onboard();
    SigningKey second = w.newKey();
    DeviceState rotated = w.registry.rotateKey(DeviceStatements.rotation(d.state, d.key, second));
    w.registry.rotateKey(DeviceStatements.rotation(rotated, second, w.newKey()));
    OnboardingRecord reuse = w.verifier.verify(w.request(second, w.newKey()));

    assertEquals(Reason.KEY_IN_USE, refusal(() -> w.registry.recordOnboarding(reuse)));
  }

  @Test
  void history_returnedList_isAnUnmodifiableSnapshot() throws Exception {
    World w = new World(24);
    Device d = w.onboard();
    List<DeviceEvent> before = w.registry.history(d.id());
    w.registry.transferOwnership(DeviceStatements.transfer(d.state, d.owner, w.newKey()));

    assertEquals(1, before.size());
    assertThrows(UnsupportedOperationException.class, () -> before.add(before.get(0)));
    assertEquals(2, w.registry.history(d.id()).size());
  }

  @Test
  void transferOwnership_twoRacingTransfers_exactlyOneWins() throws Exception {
    World w = new World(25);
    for (int race = 0; race < RACES; race++) {
      Device d = w.onboard();
      SigningKey buyerA = w.newKey();
      SigningKey buyerB = w.newKey();
      OwnershipTransfer a = DeviceStatements.transfer(d.state, d.owner, buyerA);
      OwnershipTransfer b = DeviceStatements.transfer(d.state, d.owner, buyerB);
      List<Object> outcomes =
          race(() -> w.registry.transferOwnership(a), () -> w.registry.transferOwnership(b));

      DeviceState winner = singleWinner(outcomes);
      assertEquals(winner, w.registry.lookup(d.id()));
      assertEquals(2, w.registry.history(d.id()).size());
      assertEquals(winner, DeviceState.replay(w.registry.history(d.id())));
    }
  }

  @Test
  void rotateKey_racingTransfer_exactlyOneWins() throws Exception {
    World w = new World(26);
    for (int race = 0; race < RACES; race++) {
      Device d = w.onboard();
      OwnershipTransfer transfer = DeviceStatements.transfer(d.state, d.owner, w.newKey());
      KeyRotation rotation = DeviceStatements.rotation(d.state, d.key, w.newKey());
      List<Object> outcomes =
          race(() -> w.registry.transferOwnership(transfer), () -> w.registry.rotateKey(rotation));

      DeviceState winner = singleWinner(outcomes);
      assertEquals(winner, DeviceState.replay(w.registry.history(d.id())));
      assertEquals(winner, w.registry.lookupByKey(winner.identity().publicKey()));
    }
  }

  @Test
  void recordOnboarding_concurrentDevices_allRecorded() throws Exception {
    World w = new World(27);
    List<OnboardingRecord> records = new ArrayList<>();
    for (int i = 0; i < 2 * RACES; i++) {
      records.add(w.verifier.verify(w.request(w.newKey(), w.newKey())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DeviceState>> futures = new ArrayList<>();
      for (OnboardingRecord record : records) {
        futures.add(pool.submit(() -> w.registry.recordOnboarding(record)));
      }
      for (Future<DeviceState> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (OnboardingRecord record : records) {
      assertEquals(record.owner(), w.registry.lookup(record.device().id()).owner());
    }
  }

  /**
   * A random chain of transfers and rotations applies step by step, keeps the device id, and its
   * history replays to the state the registry reports.
   *
   * @param length the number of changes
   * @param seed the seed of keys and choices
   * @throws Exception if a change is refused
   */
  @Property(tries = 20)
  void transferOwnershipAndRotateKey_randomChain_replaysToCurrentState(
      @ForAll @IntRange(min = 0, max = 10) int length, @ForAll long seed) throws Exception {
    World w = new World(seed);
    Device d = w.onboard();
    DeterministicRandom choices = DeterministicRandom.ofSeed(seed).derive("choices");
    DeviceState state = d.state;
    SigningKey key = d.key;
    SigningKey owner = d.owner;
    for (int i = 0; i < length; i++) {
      if (choices.nextBoolean()) {
        SigningKey buyer = w.newKey();
        state = w.registry.transferOwnership(DeviceStatements.transfer(state, owner, buyer));
        owner = buyer;
      } else {
        SigningKey next = w.newKey();
        state = w.registry.rotateKey(DeviceStatements.rotation(state, key, next));
        key = next;
      }
      assertEquals(i + 2, state.sequence());
    }
    List<DeviceEvent> history = w.registry.history(d.id());
    assertEquals(length + 1, history.size());
    assertEquals(state, w.registry.lookup(d.id()));
    assertEquals(state, DeviceState.replay(history));
    assertEquals(state, w.registry.lookupByKey(key.publicKey()));
    assertEquals(d.id(), state.identity().id());
    assertEquals(owner.publicKey(), state.owner());
  }

  private static Reason refusal(Executable change) {
    return assertThrows(RegistryException.class, change).reason();
  }

  private static List<Object> race(Callable<DeviceState> first, Callable<DeviceState> second)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<DeviceState>> futures = new ArrayList<>();
      for (Callable<DeviceState> change : List.of(first, second)) {
        futures.add(pool.submit(() -> {
          start.await();
          return change.call();
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<DeviceState> f : futures) {
        try {
          outcomes.add(f.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("a racing change did not finish", e);
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static DeviceState singleWinner(List<Object> outcomes) {
    List<DeviceState> winners = new ArrayList<>();
    for (Object outcome : outcomes) {
      if (outcome instanceof DeviceState state) {
        winners.add(state);
      } else {
        RegistryException loser = assertInstanceOf(RegistryException.class, outcome);
        assertEquals(Reason.STALE_SEQUENCE, loser.reason());
      }
    }
    assertEquals(1, winners.size(), "exactly one racing change wins");
    return winners.get(0);
  }

  /** A registry under test with one registered maker and a verifier in front of it. */
  private final class World {
    final DeviceRegistry registry = newRegistry();
    final FakeClock clock = FakeClock.at(START);
    final DeterministicRandom random;
    final SigningKey maker;
    final OnboardingVerifier verifier;

    World(long seed) throws RegistryException {
      random = DeterministicRandom.ofSeed(seed);
      maker = newKey();
      registry.registerMaker(maker.publicKey());
      verifier =
          OnboardingVerifier.builder()
              .clock(clock).network(NETWORK).freshnessWindow(WINDOW).state(registry).build();
    }

    SigningKey newKey() {
      return SigningKey.generate(KeyType.ED25519, random.asSecureRandom());
    }

    io.depin.devices.onboarding.OnboardingRequest request(SigningKey device, SigningKey owner)
        throws CryptoException {
      return DeviceStatements.onboardingRequest(
          NETWORK, clock.instant(), random, device, maker, owner);
    }

    Device onboard() throws CryptoException, OnboardingException, RegistryException {
      SigningKey key = newKey();
      SigningKey owner = newKey();
      DeviceState state = registry.recordOnboarding(verifier.verify(request(key, owner)));
      assertNotEquals(key.publicKey(), owner.publicKey());
      return new Device(state, key, owner);
    }
  }

  /** A device onboarded in a test, with the keys the test holds for it. */
  private static final class Device {
    final DeviceState state;
    final SigningKey key;
    final SigningKey owner;

    Device(DeviceState state, SigningKey key, SigningKey owner) {
      this.state = state;
      this.key = key;
      this.owner = owner;
    }

    DeviceId id() {
      return state.identity().id();
    }
  }
}
