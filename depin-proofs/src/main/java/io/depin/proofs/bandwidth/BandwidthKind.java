package io.depin.proofs.bandwidth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.crypto.CryptoException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.message.SignedMessage;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceIdentity;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.bandwidth.internal.ReceiptJson;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The bandwidth proof kind, tag {@value #TAG}: a provider device submits a {@link TransferReceipt}
 * together with the consumer's {@link SignedMessage} of type {@value #RECEIPT_TAG} over the same
 * receipt.
 *
 * <p>Consumers are identified by their {@link io.depin.core.crypto.PublicKey}, not by a registered
 * device: they are the network's customers (phones, apps, servers) and need no onboarding. Whether
 * a consumer key is a paying customer is the network's business rule, applied to {@link
 * SessionTally#consumer()}.
 *
 * <p>Reason codes of {@link #check}, cheapest check first:
 *
 * <ul>
 *   <li>{@code bandwidth.no-rules}: no {@link BandwidthRules} in force at the proof's timestamp;
 *   <li>{@code bandwidth.provider-mismatch}: the receipt names another provider than the device
 *       that signed the proof (a device submitting another device's receipt);
 *   <li>{@code bandwidth.self-signed}: the consumer's key is the provider's own key;
 *   <li>{@code bandwidth.consumer-signature-invalid}: the consumer's signature does not verify, or
 *       was made for another message type;
 *   <li>{@code bandwidth.receipt-mismatch}: the consumer signed other numbers than the provider
 *       claims;
 *   <li>{@code bandwidth.bytes-over-limit}: the session's bytes exceed the rules' limit.
 * </ul>
 *
 * {@snippet :
 * BandwidthKind kind = new BandwidthKind(RuleBook.startingAt(launch, new BandwidthRules(1L << 40)));
 * ProofVerifier verifier = ProofVerifier.builder()
 *     .registry(registry).replayGuard(guard).clock(clock).kind(kind).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BandwidthKind implements ProofKind<BandwidthProof> {
  /** The kind's tag. */
  public static final String TAG = "io.depin.proofs.bandwidth.transfer/v1";

  /** The tag of the consumer's signed receipts. */
  public static final String RECEIPT_TAG = "io.depin.proofs.bandwidth.receipt/v1";

  /** The message type consumers sign receipts as. */
  public static final MessageType RECEIPT_TYPE = MessageType.of(RECEIPT_TAG);

  private static final MessageType TYPE = MessageType.of(TAG);
  private static final Set<String> MEMBERS = Set.of("consumer", "receipt");

  private final RuleBook<BandwidthRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the bandwidth rules, by effective instant
   */
  public BandwidthKind(RuleBook<BandwidthRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  /**
   * Decodes {@code {"consumer":<signed message>,"receipt":<receipt>}} strictly, including the
   * receipt inside the consumer's payload; signatures are checked by {@link #check}.
   *
   * @param payload the payload
   * @return the proof payload
   * @throws DecodingException if any part is not in its strict form
   */
  @Override
  public BandwidthProof decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "bandwidth proof");
    TransferReceipt receipt = ReceiptJson.decode(payload.get("receipt"));
    SignedMessage consumer =
        SignedMessage.fromJson(CanonicalJson.canonicalize(payload.get("consumer")));
    BandwidthProof proof = new BandwidthProof(receipt, consumer);
    proof.consumerReceipt();
    return proof;
  }

  @Override
  public JsonNode encode(BandwidthProof payload) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set("consumer", CanonicalJson.parse(payload.consumer().toJsonBytes()));
    node.set("receipt", ReceiptJson.encode(payload.receipt()));
    return node;
  }

  @Override
  public CheckResult check(BandwidthProof payload, ProofContext context) {
    Optional<BandwidthRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("bandwidth.no-rules", "no bandwidth rules at " + context.timestamp());
    }
    DeviceIdentity device = context.device().identity();
    TransferReceipt receipt = payload.receipt();
    if (!receipt.provider().equals(device.id())) {
      return CheckResult.fail(
          "bandwidth.provider-mismatch",
          "the receipt names provider " + receipt.provider() + ", the proof is by " + device.id());
    }
    if (payload.consumer().signer().equals(device.publicKey())) {
      return CheckResult.fail("bandwidth.self-signed", "the consumer key is the provider's own");
    }
    TransferReceipt signed;
    try {
      signed = ReceiptJson.decode(payload.consumer().verify(RECEIPT_TYPE).payload());
    } catch (CryptoException e) {
      return CheckResult.fail(
          "bandwidth.consumer-signature-invalid", e.code() + ": " + e.getMessage());
    }
    if (!signed.equals(receipt)) {
      return CheckResult.fail(
          "bandwidth.receipt-mismatch", "the consumer signed " + signed + ", not " + receipt);
    }
    long max = inForce.get().maxSessionBytes();
    if (receipt.bytes() > max) {
      return CheckResult.fail(
          "bandwidth.bytes-over-limit", receipt.bytes() + " bytes > the limit " + max);
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "BandwidthKind[" + rules + "]";
  }
}
