package io.depin.proofs.bandwidth;

import io.depin.core.DecodingException;
import io.depin.core.crypto.CryptoException;
import io.depin.core.message.SignedMessage;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.SignedProof;
import io.depin.proofs.bandwidth.internal.ReceiptJson;
import java.util.Objects;

/**
 * The provider side of bandwidth: checks a consumer's signed receipt and submits it as a proof
 * signed through the provider device's {@link DeviceSigner}, which numbers it with the device's one
 * increasing sequence.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * BandwidthProver prover = BandwidthProver.create(kind, device);
 * SignedProof<BandwidthProof> proof = prover.submit(consumerAck);
 * send(proof.toBytes());
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class BandwidthProver {
  private final BandwidthKind kind;
  private final DeviceSigner device;

  private BandwidthProver(BandwidthKind kind, DeviceSigner device) {
    this.kind = kind;
    this.device = device;
  }

  /**
   * Creates a prover.
   *
   * @param kind the bandwidth kind
   * @param device the provider device's signer, whose clock timestamps the proofs
   * @return the prover
   */
  public static BandwidthProver create(BandwidthKind kind, DeviceSigner device) {
    return new BandwidthProver(
        Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(device, "device"));
  }

  /**
   * Checks a consumer's signed receipt and signs it as a proof of this device.
   *
   * @param consumerReceipt the consumer's signed receipt
   * @return the proof
   * @throws CryptoException if the consumer's signature does not verify for {@link
   *     BandwidthKind#RECEIPT_TYPE}, or the device key fails to sign
   * @throws DecodingException if the consumer's payload is not a receipt
   * @throws IllegalArgumentException if the receipt names another provider
   * @throws IllegalStateException if the sequence numbers are used up
   */
  public SignedProof<BandwidthProof> submit(SignedMessage consumerReceipt)
      throws CryptoException {
    TransferReceipt receipt =
        ReceiptJson.decode(consumerReceipt.verify(BandwidthKind.RECEIPT_TYPE).payload());
    BandwidthProof payload = new BandwidthProof(receipt, consumerReceipt);
    if (!payload.receipt().provider().equals(device.device())) {
      throw new IllegalArgumentException(
          "the receipt is for provider " + payload.receipt().provider() + ", not "
              + device.device());
    }
    return device.sign(kind, payload);
  }

  @Override
  public String toString() {
    return "BandwidthProver[" + device.device() + "]";
  }
}
