package io.depin.devices.onboarding;

import static io.depin.devices.LifecycleFixture.NETWORK;
import static io.depin.devices.LifecycleFixture.NOW;
import static io.depin.devices.LifecycleFixture.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.LifecycleFixture;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.OnboardingException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OnboardingVerifierTest {
  private final LifecycleFixture f = new LifecycleFixture(7);
  private final SigningKey device = f.newKey();
  private final SigningKey owner = f.newKey();

  private static Reason reason(ThrowingCallable call) {
    OnboardingException e = catchThrowableOfType(OnboardingException.class, call);
    assertThat(e).as("rejected").isNotNull();
    return e.reason();
  }

  private OnboardingRequest signed(OnboardingClaim claim) throws Exception {
    return OnboardingRequest.sign(claim, device, f.maker, owner);
  }

  @Test
  void verify_validRequest_returnsRecord() throws Exception {
    OnboardingRequest request = f.request(device, owner);
    OnboardingRecord record = f.verifier().verify(request.toJsonBytes());

    assertThat(record.device().id()).isEqualTo(DeviceId.fromInitialKey(device.publicKey()));
    assertThat(record.device().publicKey()).isEqualTo(device.publicKey());
    assertThat(record.maker()).isEqualTo(MakerId.of(f.maker.publicKey()));
    assertThat(record.owner()).isEqualTo(owner.publicKey());
    assertThat(record.network()).isEqualTo(NETWORK);
    assertThat(record.acceptedAt()).isEqualTo(NOW);
    assertThat(record.request()).isEqualTo(request);
  }

  @Test
  void restore_storedAcceptedRequest_rebuildsRecordWithoutFreshnessOrReplay() throws Exception {
    OnboardingVerifier verifier = f.verifier();
    OnboardingRequest request = f.request(device, owner);
    OnboardingRecord accepted = verifier.verify(request);
    java.time.Instant muchLater = NOW.plus(java.time.Duration.ofDays(400));

    OnboardingRecord restored =
        OnboardingVerifier.restore(OnboardingRequest.fromJson(request.toJsonBytes()), muchLater);

    assertThat(restored.device()).isEqualTo(accepted.device());
    assertThat(restored.request()).isEqualTo(request);
    assertThat(restored.acceptedAt()).isEqualTo(muchLater);
  }

  @Test
  void restore_alteredInStorage_throwsWrongSignature() throws Exception {
    SigningKey otherOwner = f.newKey();
    OnboardingRequest honest = f.request(device, owner);
    OnboardingRequest altered =
        OnboardingRequest.of(
            new OnboardingClaim(
                honest.claim().network(), honest.claim().deviceKey(), honest.claim().makerKey(),
                otherOwner.publicKey(), honest.claim().nonce(), honest.claim().issuedAt()),
            honest.deviceSignature(), honest.makerSignature(), honest.ownerSignature());

    assertThat(reason(() -> OnboardingVerifier.restore(altered, NOW)))
        .isEqualTo(Reason.WRONG_DEVICE_SIGNATURE);
  }

  @Test
  void verify_sameRequestTwice_throwsReplayed() throws Exception {
    OnboardingVerifier verifier = f.verifier();
    OnboardingRequest request = f.request(device, owner);
    verifier.verify(request);

    assertThat(reason(() -> verifier.verify(request))).isEqualTo(Reason.REPLAYED);
  }

  @Test
  void verify_nonceOfAnotherDevice_throwsReplayed() throws Exception {
    OnboardingVerifier verifier = f.verifier();
    OnboardingRequest first = f.request(device, owner);
    verifier.verify(first);
    SigningKey other = f.newKey();
    OnboardingClaim claim =
        new OnboardingClaim(NETWORK, other.publicKey(), f.maker.publicKey(), owner.publicKey(),
            first.claim().nonce(), NOW);

    assertThat(reason(() -> verifier.verify(OnboardingRequest.sign(claim, other, f.maker, owner))))
        .isEqualTo(Reason.REPLAYED);
  }

  @Test
  void verify_rejectedRequest_doesNotBurnItsNonce() throws Exception {
    OnboardingVerifier verifier = f.verifier();
    OnboardingRequest good = f.request(device, owner);
    OnboardingRequest bad =
        OnboardingRequest.of(good.claim(), good.deviceSignature(), good.makerSignature(),
            good.deviceSignature());
    assertThat(reason(() -> verifier.verify(bad))).isEqualTo(Reason.WRONG_OWNER_SIGNATURE);

    assertThat(verifier.verify(good).device().publicKey()).isEqualTo(device.publicKey());
  }

  @Test
  void verify_timestampOlderThanWindow_throwsExpired() throws Exception {
    OnboardingRequest request = f.request(device, owner);
    Clock later = Clock.fixed(NOW.plus(WINDOW).plusMillis(1), ZoneOffset.UTC);

    assertThat(reason(() -> f.verifier(later).verify(request))).isEqualTo(Reason.EXPIRED);
  }

  @Test
  void verify_timestampInTheFuture_throwsExpired() throws Exception {
    OnboardingRequest request = f.request(device, owner);
    Clock earlier = Clock.fixed(NOW.minus(WINDOW).minusMillis(1), ZoneOffset.UTC);

    assertThat(reason(() -> f.verifier(earlier).verify(request))).isEqualTo(Reason.EXPIRED);
  }

  @Test
  void verify_timestampAtEdgeOfWindow_isAccepted() throws Exception {
    Clock edge = Clock.fixed(NOW.plus(WINDOW), ZoneOffset.UTC);
    assertThat(f.verifier(edge).verify(f.request(device, owner)).acceptedAt())
        .isEqualTo(NOW.plus(WINDOW));
  }

  @Test
  void verify_unregisteredMaker_throwsUnknownMaker() throws Exception {
    SigningKey stranger = f.newKey();
    OnboardingClaim claim =
        new OnboardingClaim(NETWORK, device.publicKey(), stranger.publicKey(), owner.publicKey(),
            f.nonce(), NOW);
    OnboardingRequest request = OnboardingRequest.sign(claim, device, stranger, owner);

    assertThat(reason(() -> f.verifier().verify(request))).isEqualTo(Reason.UNKNOWN_MAKER);
  }

  @Test
  void verify_revokedMaker_throwsMakerRevoked() throws Exception {
    f.registry.revokeMaker(MakerId.of(f.maker.publicKey()), "test");
    OnboardingRequest request = f.request(device, owner);

    assertThat(reason(() -> f.verifier().verify(request))).isEqualTo(Reason.MAKER_REVOKED);
  }

  @Test
  void verify_deviceOnboardedBefore_throwsAlreadyOnboarded() throws Exception {
    f.onboard(device, owner);
    OnboardingRequest again = f.request(device, owner);

    assertThat(reason(() -> f.verifier().verify(again))).isEqualTo(Reason.ALREADY_ONBOARDED);
  }

  @Test
  void verify_deviceSignatureByAnotherKey_throwsWrongDeviceSignature() throws Exception {
    OnboardingClaim claim = f.claim(device, owner);
    Signature forged = f.newKey().sign(claim.deviceSigningInput());
    Signature maker = f.maker.sign(claim.makerSigningInput(forged));
    Signature own = owner.sign(claim.ownerSigningInput(forged, maker));

    assertThat(reason(() -> f.verifier().verify(OnboardingRequest.of(claim, forged, maker, own))))
        .isEqualTo(Reason.WRONG_DEVICE_SIGNATURE);
  }

  @Test
  void verify_makerSignatureByAnotherKey_throwsWrongMakerSignature() throws Exception {
    OnboardingClaim claim = f.claim(device, owner);
    Signature dev = device.sign(claim.deviceSigningInput());
    Signature forged = f.newKey().sign(claim.makerSigningInput(dev));
    Signature own = owner.sign(claim.ownerSigningInput(dev, forged));

    assertThat(reason(() -> f.verifier().verify(OnboardingRequest.of(claim, dev, forged, own))))
        .isEqualTo(Reason.WRONG_MAKER_SIGNATURE);
  }

  @Test
  void verify_ownerSignatureByAnotherKey_throwsWrongOwnerSignature() throws Exception {
    OnboardingClaim claim = f.claim(device, owner);
    Signature dev = device.sign(claim.deviceSigningInput());
    Signature maker = f.maker.sign(claim.makerSigningInput(dev));
    Signature forged = f.newKey().sign(claim.ownerSigningInput(dev, maker));

    assertThat(reason(() -> f.verifier().verify(OnboardingRequest.of(claim, dev, maker, forged))))
        .isEqualTo(Reason.WRONG_OWNER_SIGNATURE);
  }

  @Test
  void verify_deviceSignatureReusedAsOwnersBySameKey_throwsWrongOwnerSignature() throws Exception {
    OnboardingClaim claim =
        new OnboardingClaim(NETWORK, device.publicKey(), f.maker.publicKey(), device.publicKey(),
            f.nonce(), NOW);
    Signature dev = device.sign(claim.deviceSigningInput());
    Signature maker = f.maker.sign(claim.makerSigningInput(dev));

    assertThat(reason(() -> f.verifier().verify(OnboardingRequest.of(claim, dev, maker, dev))))
        .isEqualTo(Reason.WRONG_OWNER_SIGNATURE);
  }

  @Test
  void verify_deviceSignatureReusedAsMakersBySameKey_throwsWrongMakerSignature() throws Exception {
    f.registry.registerMaker(device.publicKey());
    OnboardingClaim claim =
        new OnboardingClaim(NETWORK, device.publicKey(), device.publicKey(), owner.publicKey(),
            f.nonce(), NOW);
    Signature dev = device.sign(claim.deviceSigningInput());
    Signature own = owner.sign(claim.ownerSigningInput(dev, dev));

    assertThat(reason(() -> f.verifier().verify(OnboardingRequest.of(claim, dev, dev, own))))
        .isEqualTo(Reason.WRONG_MAKER_SIGNATURE);
  }

  @Test
  void verify_otherNetwork_throwsWrongNetwork() throws Exception {
    OnboardingClaim claim =
        new OnboardingClaim(NetworkId.of("io.depin.elsewhere"), device.publicKey(),
            f.maker.publicKey(), owner.publicKey(), f.nonce(), NOW);

    assertThat(reason(() -> f.verifier().verify(signed(claim)))).isEqualTo(Reason.WRONG_NETWORK);
  }

  @Test
  void verify_malformedJson_throwsMalformed() {
    byte[] json = "{\"claim\":{},\"signatures\":{}}".getBytes(StandardCharsets.UTF_8);
    assertThat(reason(() -> f.verifier().verify(json))).isEqualTo(Reason.MALFORMED);
    assertThat(reason(() -> f.verifier().verify(new byte[OnboardingRequest.MAX_JSON_BYTES + 1])))
        .isEqualTo(Reason.MALFORMED);
  }

  @Test
  void build_missingSetting_throwsIllegalState() {
    assertThatThrownBy(() -> OnboardingVerifier.builder().network(NETWORK).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> OnboardingVerifier.builder().freshnessWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
