package io.depin.proofs.bandwidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import io.depin.core.json.CanonicalJson;
import io.depin.core.message.MessageType;
import io.depin.core.message.SignedMessage;
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
import io.depin.proofs.bandwidth.internal.ReceiptJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandwidthKindTest {
  private static final Instant LAUNCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOW = LAUNCH.plus(Duration.ofDays(1));
  private static final BandwidthKind KIND =
      new BandwidthKind(
          RuleBook.startingAt(LAUNCH, new BandwidthRules(1_000_000))
              .thenFrom(LAUNCH.plus(Duration.ofDays(30)), new BandwidthRules(10)));
  private static final SigningKey PROVIDER = key(1);
  private static final SigningKey CONSUMER = key(4);
  private static final DeviceId PROVIDER_ID = DeviceId.fromInitialKey(PROVIDER.publicKey());
  private static final Hash32 SESSION = Hash32.fromHex("0x" + "ab".repeat(32));

  static SigningKey key(int seed) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) seed);
    return SigningKey.fromRaw(KeyType.ED25519, secret);
  }

  static ProofContext context(SigningKey device, Instant at) {
    PublicKey pk = device.publicKey();
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

  private static BandwidthProof proof(long bytes) throws CryptoException {
    SignedMessage ack =
        ConsumerSession.open(SESSION, PROVIDER_ID, CONSUMER).acknowledge(bytes);
    return new BandwidthProof(new TransferReceipt(SESSION, PROVIDER_ID, bytes, 0), ack);
  }

  private static String code(CheckResult result) {
    return ((CheckResult.Failed) result).code();
  }

  @Test
  void encode_decode_roundTrips() throws Exception {
    BandwidthProof proof = proof(4096);
    JsonNode json = KIND.encode(proof);
    assertThat(KIND.decode(json)).isEqualTo(proof);
    assertThat(KIND.decode(CanonicalJson.parse(CanonicalJson.canonicalize(json)))).isEqualTo(proof);
    assertThat(proof.consumerReceipt()).isEqualTo(proof.receipt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "missing-receipt", "extra", "receipt-extra", "receipt-bytes-negative", "receipt-session-short",
        "receipt-provider-text", "consumer-not-object", "consumer-payload-not-receipt",
        "consumer-bad-signature-hex", "receipt-sequence-fraction"
      })
  void decode_malformed_throwsDecodingException(String mutation) throws Exception {
    ObjectNode json = (ObjectNode) KIND.encode(proof(4096));
    ObjectNode receipt = (ObjectNode) json.get("receipt");
    ObjectNode consumer = (ObjectNode) json.get("consumer");
    Consumer<ObjectNode> edit =
        switch (mutation) {
          case "missing-receipt" -> j -> j.remove("receipt");
          case "extra" -> j -> j.put("extra", 1);
          case "receipt-extra" -> j -> receipt.put("extra", 1);
          case "receipt-bytes-negative" -> j -> receipt.put("bytes", -1);
          case "receipt-session-short" -> j -> receipt.put("session", "0x" + "ab".repeat(31));
          case "receipt-provider-text" -> j -> receipt.put("provider", "provider-1");
          case "consumer-not-object" -> j -> j.put("consumer", "signed");
          case "consumer-payload-not-receipt" -> j -> consumer.putObject("payload").put("x", 1);
          case "consumer-bad-signature-hex" -> j -> consumer.put("signature", "0x12");
          case "receipt-sequence-fraction" -> j -> receipt.put("sequence", 0.5);
          default -> throw new IllegalArgumentException(mutation);
        };
    edit.accept(json);
    assertThatThrownBy(() -> KIND.decode(json)).isInstanceOf(DecodingException.class);
  }

  @Test
  void check_dualSigned_ok() throws Exception {
    assertThat(KIND.check(proof(4096), context(PROVIDER, NOW))).isEqualTo(CheckResult.ok());
  }

  @Test
  void check_beforeRules_noRules() throws Exception {
    assertThat(code(KIND.check(proof(1), context(PROVIDER, LAUNCH.minusSeconds(1)))))
        .isEqualTo("bandwidth.no-rules");
  }

  @Test
  void check_anotherDevicesReceipt_providerMismatch() throws Exception {
    assertThat(code(KIND.check(proof(1), context(key(9), NOW))))
        .isEqualTo("bandwidth.provider-mismatch");
  }

  @Test
  void check_providerSignsAsConsumer_selfSigned() throws Exception {
    TransferReceipt receipt = new TransferReceipt(SESSION, PROVIDER_ID, 10, 0);
    SignedMessage ack = ConsumerSession.open(SESSION, PROVIDER_ID, PROVIDER).acknowledge(10);
    assertThat(code(KIND.check(new BandwidthProof(receipt, ack), context(PROVIDER, NOW))))
        .isEqualTo("bandwidth.self-signed");
  }

  @Test
  void check_wrongMessageType_consumerSignatureInvalid() throws Exception {
    TransferReceipt receipt = new TransferReceipt(SESSION, PROVIDER_ID, 10, 0);
    SignedMessage other =
        SignedMessage.sign(MessageType.of("io.example.other/v1"), ReceiptJson.encode(receipt), CONSUMER);
    assertThat(code(KIND.check(new BandwidthProof(receipt, other), context(PROVIDER, NOW))))
        .isEqualTo("bandwidth.consumer-signature-invalid");
  }

  @Test
  void check_forgedConsumerSignature_consumerSignatureInvalid() throws Exception {
    ObjectNode json = (ObjectNode) KIND.encode(proof(10));
    ObjectNode consumer = (ObjectNode) json.get("consumer");
    ((ObjectNode) consumer.get("payload")).put("bytes", 11);
    ((ObjectNode) json.get("receipt")).put("bytes", 11);
    BandwidthProof forged = KIND.decode(json);
    assertThat(code(KIND.check(forged, context(PROVIDER, NOW))))
        .isEqualTo("bandwidth.consumer-signature-invalid");
  }

  @Test
  void check_providerInflatesBytes_receiptMismatch() throws Exception {
    BandwidthProof honest = proof(10);
    BandwidthProof inflated =
        new BandwidthProof(new TransferReceipt(SESSION, PROVIDER_ID, 10_000, 0), honest.consumer());
    assertThat(code(KIND.check(inflated, context(PROVIDER, NOW))))
        .isEqualTo("bandwidth.receipt-mismatch");
  }

  @Test
  void check_overLimitOfRulesAtTimestamp_bytesOverLimit() throws Exception {
    assertThat(KIND.check(proof(11), context(PROVIDER, NOW))).isEqualTo(CheckResult.ok());
    assertThat(code(KIND.check(proof(11), context(PROVIDER, LAUNCH.plus(Duration.ofDays(31))))))
        .isEqualTo("bandwidth.bytes-over-limit");
  }

  @Test
  void consumerSession_numbersReceiptsAndRefusesDecreasingBytes() throws Exception {
    ConsumerSession session = ConsumerSession.open(SESSION, PROVIDER_ID, CONSUMER);
    SignedMessage first = session.acknowledge(5);
    SignedMessage second = session.acknowledge(5);
    assertThat(receipt(first)).isEqualTo(new TransferReceipt(SESSION, PROVIDER_ID, 5, 0));
    assertThat(receipt(second)).isEqualTo(new TransferReceipt(SESSION, PROVIDER_ID, 5, 1));
    assertThatThrownBy(() -> session.acknowledge(4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ConsumerSession.newSessionId(new java.util.Random(7)))
        .isEqualTo(ConsumerSession.newSessionId(new java.util.Random(7)));
  }

  @Test
  void prover_signsConsumerReceiptWithIncreasingSequence() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    BandwidthProver prover =
        BandwidthProver.create(KIND, DeviceSigner.create(PROVIDER_ID, PROVIDER, clock, 3));
    ConsumerSession session = ConsumerSession.open(SESSION, PROVIDER_ID, CONSUMER);
    SignedProof<BandwidthProof> a = prover.submit(session.acknowledge(100));
    SignedProof<BandwidthProof> b = prover.submit(session.acknowledge(200));
    assertThat(a.envelope().token()).isEqualTo(ReplayToken.sequence(3));
    assertThat(b.envelope().token()).isEqualTo(ReplayToken.sequence(4));
    assertThat(b.payload().receipt()).isEqualTo(new TransferReceipt(SESSION, PROVIDER_ID, 200, 1));
    assertThat(KIND.check(b.payload(), context(PROVIDER, NOW))).isEqualTo(CheckResult.ok());
  }

  @Test
  void prover_foreignOrForgedReceipt_throws() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    DeviceSigner device = DeviceSigner.create(PROVIDER_ID, PROVIDER, clock, 0);
    BandwidthProver prover = BandwidthProver.create(KIND, device);
    DeviceId other = DeviceId.fromInitialKey(key(9).publicKey());
    SignedMessage foreign = ConsumerSession.open(SESSION, other, CONSUMER).acknowledge(1);
    assertThatThrownBy(() -> prover.submit(foreign)).isInstanceOf(IllegalArgumentException.class);
    SignedMessage wrongType =
        SignedMessage.sign(
            MessageType.of("io.example.other/v1"),
            ReceiptJson.encode(new TransferReceipt(SESSION, PROVIDER_ID, 1, 0)),
            CONSUMER);
    assertThatThrownBy(() -> prover.submit(wrongType)).isInstanceOf(CryptoException.class);
    assertThat(device.nextSequence()).isZero();
  }

  @Test
  void values_invalid_throw() {
    assertThatThrownBy(() -> new BandwidthRules(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TransferReceipt(SESSION, PROVIDER_ID, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TransferReceipt(SESSION, PROVIDER_ID, 0, 1L << 53))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TransferReceipt receipt(SignedMessage message) throws CryptoException {
    return ReceiptJson.decode(message.verify(BandwidthKind.RECEIPT_TYPE).payload());
  }
}
