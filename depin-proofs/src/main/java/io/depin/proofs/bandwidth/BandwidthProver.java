package io.depin.proofs.bandwidth;

import io.depin.core.DecodingException;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.core.message.SignedMessage;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.bandwidth.internal.ReceiptJson;
import java.time.Clock;
import java.util.Objects;

/**
 * The provider side of bandwidth: checks a consumer's signed receipt and submits it as a proof
 * signed by the device, with strictly increasing proof sequence numbers.
 *
 * <p>The device must persist {@link #nextSequence()} across restarts and pass it back to {@link
 * #create}.
 *
 * {@snippet :
 * BandwidthProver prover = BandwidthProver.create(kind, deviceId, deviceKey, clock, storedNext);
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
  private final DeviceId device;
  private final Signer signer;
  private final Clock clock;
  private long nextSequence;

  private BandwidthProver(
      BandwidthKind kind, DeviceId device, Signer signer, Clock clock, long nextSequence) {
    this.kind = kind;
    this.device = device;
    this.signer = signer;
    this.clock = clock;
    this.nextSequence = nextSequence;
  }

  /**
   * Creates a prover.
   *
   * @param kind the bandwidth kind
   * @param device the provider device's id
   * @param signer the device's current key
   * @param clock the device's clock
   * @param nextSequence the sequence number of the next proof, in [0, 2^53 - 1]
   * @return the prover
   * @throws IllegalArgumentException if {@code nextSequence} is out of range
   */
  public static BandwidthProver create(
      BandwidthKind kind, DeviceId device, Signer signer, Clock clock, long nextSequence) {
    ReplayToken.sequence(nextSequence);
    return new BandwidthProver(
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(device, "device"),
        Objects.requireNonNull(signer, "signer"),
        Objects.requireNonNull(clock, "clock"),
        nextSequence);
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
  public synchronized SignedProof<BandwidthProof> submit(SignedMessage consumerReceipt)
      throws CryptoException {
    TransferReceipt receipt =
        ReceiptJson.decode(consumerReceipt.verify(BandwidthKind.RECEIPT_TYPE).payload());
    BandwidthProof payload = new BandwidthProof(receipt, consumerReceipt);
    if (!payload.receipt().provider().equals(device)) {
      throw new IllegalArgumentException(
          "the receipt is for provider " + payload.receipt().provider() + ", not " + device);
    }
    if (nextSequence > ReplayToken.MAX_SEQUENCE) {
      throw new IllegalStateException("the device has used every sequence number");
    }
    SignedProof<BandwidthProof> proof =
        SignedProof.sign(
            kind, payload, device, ReplayToken.sequence(nextSequence), clock.instant(), signer);
    nextSequence++;
    return proof;
  }

  /** {@return the sequence number the next proof will carry; persist it} */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  @Override
  public String toString() {
    return "BandwidthProver[" + device + "]";
  }
}
