package io.depin.devices.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.LifecycleFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class OnboardingRequestTest {
  private final LifecycleFixture f = new LifecycleFixture(11);

  private String validJson() throws Exception {
    return f.request(f.newKey(), f.newKey()).toJson();
  }

  private static DecodingException.Reason decodingReason(String json) {
    try {
      OnboardingRequest.fromJson(json);
    } catch (DecodingException e) {
      return e.reason();
    }
    throw new AssertionError("accepted: " + json);
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void fromJson_toJsonOutput_roundTripsAndVerifies(KeyType type) throws Exception {
    SigningKey device = f.newKey(type);
    SigningKey owner = f.newKey(type);
    OnboardingRequest request = f.request(device, owner);

    OnboardingRequest parsed = OnboardingRequest.fromJson(request.toJson());

    assertThat(parsed).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(parsed.toJsonBytes()).isEqualTo(request.toJsonBytes());
    assertThat(f.verifier().verify(parsed).device().publicKey()).isEqualTo(device.publicKey());
  }

  @Test
  void fromJson_unknownMember_throwsMalformed() throws Exception {
    String json = validJson().replace("{\"claim\":", "{\"extra\":1,\"claim\":");
    assertThat(decodingReason(json)).isEqualTo(DecodingException.Reason.MALFORMED);
  }

  @Test
  void fromJson_missingMember_throwsMalformed() throws Exception {
    String json = validJson().replace("\"network\":", "\"netwrk\":");
    assertThat(decodingReason(json)).isEqualTo(DecodingException.Reason.MALFORMED);
  }

  @Test
  void fromJson_tooLong_throwsTooLongBeforeParsing() {
    String json = " ".repeat(OnboardingRequest.MAX_JSON_BYTES + 1);
    assertThat(decodingReason(json)).isEqualTo(DecodingException.Reason.TOO_LONG);
    assertThatThrownBy(() -> OnboardingRequest.fromJson(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodingException.Reason.TOO_LONG));
  }

  @Test
  void fromJson_fractionalOrNegativeTime_throwsInvalidValue() throws Exception {
    String json = validJson();
    String millis = String.valueOf(LifecycleFixture.NOW.toEpochMilli());
    assertThat(decodingReason(json.replace(millis, millis + ".5")))
        .isEqualTo(DecodingException.Reason.INVALID_VALUE);
    assertThat(decodingReason(json.replace(millis, "-" + millis)))
        .isEqualTo(DecodingException.Reason.INVALID_VALUE);
    assertThat(decodingReason(json.replace(millis, "\"" + millis + "\"")))
        .isEqualTo(DecodingException.Reason.MALFORMED);
  }

  @Test
  void fromJson_shortNonce_throwsInvalidValue() throws Exception {
    OnboardingRequest request = f.request(f.newKey(), f.newKey());
    String nonce = request.claim().nonce().toPrefixedHex();
    String json = request.toJson().replace(nonce, nonce.substring(0, 2 + 2 * 15));
    assertThat(decodingReason(json)).isEqualTo(DecodingException.Reason.INVALID_VALUE);
  }

  @Test
  void fromJson_unknownKeyType_throwsUnsupportedFormat() throws Exception {
    String json = validJson().replaceFirst("\"ed25519\"", "\"ed448\"");
    assertThat(decodingReason(json)).isEqualTo(DecodingException.Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void fromJson_truncatedSignature_throwsWrongLength() throws Exception {
    OnboardingRequest request = f.request(f.newKey(), f.newKey());
    String sig = request.ownerSignature().toBytes().toPrefixedHex();
    String json = request.toJson().replace(sig, sig.substring(0, sig.length() - 2));
    assertThat(decodingReason(json)).isEqualTo(DecodingException.Reason.WRONG_LENGTH);
  }

  @Test
  void fromJson_invalidNetworkId_throwsInvalidValue() throws Exception {
    String json = validJson().replace(LifecycleFixture.NETWORK.value(), "Upper.Case");
    assertThat(decodingReason(json)).isEqualTo(DecodingException.Reason.INVALID_VALUE);
  }

  @Test
  void claim_subMillisecondTime_throwsIllegalArgument() {
    SigningKey k = f.newKey();
    assertThatThrownBy(
            () -> new OnboardingClaim(LifecycleFixture.NETWORK, k.publicKey(), k.publicKey(),
                k.publicKey(), f.nonce(), Instant.ofEpochSecond(1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
