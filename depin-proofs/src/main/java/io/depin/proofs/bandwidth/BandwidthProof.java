package io.depin.proofs.bandwidth;

import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.message.SignedMessage;
import io.depin.proofs.bandwidth.internal.ReceiptJson;
import java.util.Objects;

/**
 * The payload a provider device signs: its receipt and the consumer's signed statement of the same
 * receipt. With the provider's envelope signature, a verified proof is a receipt signed by both
 * sides.
 *
 * <p>Wire form: {@code {"consumer":<SignedMessage JSON form>,"receipt":<receipt>}}.
 *
 * {@snippet :
 * BandwidthProof proof = new BandwidthProof(receipt, consumerAck);
 * TransferReceipt claimed = proof.consumerReceipt();
 * }
 *
 * @param receipt the provider's receipt
 * @param consumer the consumer's signed receipt; its signature is checked by {@link BandwidthKind}
 * @since 0.1.0
 */
public record BandwidthProof(TransferReceipt receipt, SignedMessage consumer) {
  /** Checks that no component is null. */
  public BandwidthProof {
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(consumer, "consumer");
  }

  /**
   * Decodes the receipt in the consumer's statement, without checking its signature.
   *
   * @return the receipt the consumer's payload states
   * @throws DecodingException if the consumer's payload is not a receipt
   */
  public TransferReceipt consumerReceipt() {
    return ReceiptJson.decode(CanonicalJson.parse(consumer.canonicalPayload().toByteArray()));
  }
}
