package io.depin.proofs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.DeviceStatus;
import io.depin.proofs.CheckResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComputeKindTest {
  private static final Instant LAUNCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final ComputeKind KIND =
      new ComputeKind(
          RuleBook.startingAt(LAUNCH, ComputeRules.MAJORITY)
              .thenFrom(LAUNCH.plus(Duration.ofDays(30)), new ComputeRules(67, Duration.ofSeconds(1))));
  private static final SigningKey KEY = key(1);
  private static final Hash32 TASK = Hash32.fromHex("0x" + "01".repeat(32));
  private static final Hash32 INPUT = Hash32.fromHex("0x" + "02".repeat(32));
  private static final Hash32 RESULT = Hash32.fromHex("0x" + "03".repeat(32));

  static SigningKey key(int seed) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) seed);
    return SigningKey.fromRaw(KeyType.ED25519, secret);
  }

  static ProofContext context(Instant at) {
    PublicKey pk = KEY.publicKey();
    DeviceState state =
        new DeviceState(
            new DeviceIdentity(DeviceId.fromInitialKey(pk), pk),
            MakerId.of(key(2).publicKey()),
            key(3).publicKey(),
            NetworkId.of("io.depin.test"),
            DeviceStatus.ACTIVE,
            1);
    return new ProofContext(state, at, ReplayToken.sequence(0));
  }

  private static String code(CheckResult result) {
    return ((CheckResult.Failed) result).code();
  }

  @Test
  void encode_decode_roundTrips() {
    ComputeResult result = new ComputeResult(TASK, INPUT, RESULT, 1_200);
    JsonNode json = KIND.encode(result);
    assertThat(new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8))
        .isEqualTo("{\"input\":\"0x" + "02".repeat(32) + "\",\"result\":\"0x" + "03".repeat(32)
            + "\",\"runtimeMillis\":1200,\"task\":\"0x" + "01".repeat(32) + "\"}");
    assertThat(KIND.decode(json)).isEqualTo(result);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"input\":\"0x%2$s\",\"result\":\"0x%2$s\",\"runtimeMillis\":1}",
        "{\"input\":\"0x%2$s\",\"result\":\"0x%2$s\",\"runtimeMillis\":1,\"task\":\"0x%2$s\",\"x\":1}",
        "{\"input\":\"0x%1$s\",\"result\":\"0x%2$s\",\"runtimeMillis\":1,\"task\":\"0x%2$s\"}",
        "{\"input\":\"%2$s\",\"result\":\"0x%2$s\",\"runtimeMillis\":1,\"task\":\"0x%2$s\"}",
        "{\"input\":\"0x%2$s00\",\"result\":\"0x%2$s\",\"runtimeMillis\":1,\"task\":\"0x%2$s\"}",
        "{\"input\":\"0x%2$s\",\"result\":\"0x%2$s\",\"runtimeMillis\":-1,\"task\":\"0x%2$s\"}",
        "{\"input\":\"0x%2$s\",\"result\":\"0x%2$s\",\"runtimeMillis\":\"1\",\"task\":\"0x%2$s\"}",
        "{\"input\":\"0x%2$s\",\"result\":\"0xZZ%1$s\",\"runtimeMillis\":1,\"task\":\"0x%2$s\"}",
        "[]"
      })
  void decode_malformed_throwsDecodingException(String template) {
    String text = template.formatted("ab".repeat(31), "ab".repeat(32));
    JsonNode json = CanonicalJson.parse(text.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> KIND.decode(json)).isInstanceOf(DecodingException.class);
  }

  @Test
  void check_withinRuntime_ok() {
    assertThat(KIND.check(new ComputeResult(TASK, INPUT, RESULT, 600_000), context(LAUNCH)))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void check_beforeRules_noRules() {
    assertThat(code(KIND.check(new ComputeResult(TASK, INPUT, RESULT, 1), context(LAUNCH.minusMillis(1)))))
        .isEqualTo("compute.no-rules");
  }

  @Test
  void check_runtimeAboveRulesAtTimestamp_runtimeOverLimit() {
    assertThat(code(KIND.check(new ComputeResult(TASK, INPUT, RESULT, 600_001), context(LAUNCH))))
        .isEqualTo("compute.runtime-over-limit");
    assertThat(code(KIND.check(
            new ComputeResult(TASK, INPUT, RESULT, 1_001), context(LAUNCH.plus(Duration.ofDays(31))))))
        .isEqualTo("compute.runtime-over-limit");
  }

  @Test
  void rules_quorumIsExactShareOfAssigned() {
    assertThat(ComputeRules.MAJORITY.reached(2, 3)).isTrue();
    assertThat(ComputeRules.MAJORITY.reached(1, 2)).isFalse();
    assertThat(ComputeRules.MAJORITY.reached(2, 4)).isFalse();
    assertThat(new ComputeRules(67, Duration.ofSeconds(1)).reached(2, 3)).isFalse();
    assertThat(new ComputeRules(66, Duration.ofSeconds(1)).reached(2, 3)).isTrue();
    assertThat(new ComputeRules(100, Duration.ofSeconds(1)).reached(3, 3)).isTrue();
  }

  @Test
  void values_invalid_throw() {
    assertThatThrownBy(() -> new ComputeRules(50, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ComputeRules(101, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ComputeRules(51, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ComputeRules(51, Duration.ofDays(31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ComputeResult(TASK, INPUT, RESULT, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskAssignment.of(TASK, INPUT, List.of(), LAUNCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signer_hashesOutputAndNumbersSequences() throws Exception {
    Clock clock = Clock.fixed(LAUNCH, ZoneOffset.UTC);
    DeviceId id = DeviceId.fromInitialKey(KEY.publicKey());
    DeviceSigner device = DeviceSigner.create(id, KEY, clock, 7);
    ComputeResultSigner signer = ComputeResultSigner.create(KIND, device);
    Bytes output = Bytes.of("42".getBytes(StandardCharsets.UTF_8));
    SignedProof<ComputeResult> a = signer.sign(TASK, INPUT, output, Duration.ofMillis(850));
    SignedProof<ComputeResult> b = signer.sign(TASK, INPUT, output, Duration.ofMillis(900));
    assertThat(a.payload())
        .isEqualTo(new ComputeResult(TASK, INPUT, HashAlgorithm.SHA_256.hash32(output), 850));
    assertThat(a.envelope().token()).isEqualTo(ReplayToken.sequence(7));
    assertThat(b.envelope().token()).isEqualTo(ReplayToken.sequence(8));
    assertThat(b.envelope().timestamp()).isEqualTo(LAUNCH);
    assertThatThrownBy(() -> signer.sign(TASK, INPUT, output, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(device.nextSequence()).isEqualTo(9);
  }
}
