package io.depin.proofs.bandwidth;

import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import java.util.Objects;

/**
 * What a consumer acknowledges about a transfer session: the session, the provider device that
 * served it, the <em>cumulative</em> bytes transferred in the session so far, and the receipt's
 * sequence number within the session.
 *
 * <p>Bytes are cumulative rather than per receipt, so a lost receipt loses the provider nothing
 * (the next one covers it) and resubmitting a receipt can never count its bytes twice: a session's
 * rewardable bytes are those of its highest valid receipt (see {@link BandwidthLedger}).
 *
 * <p>JSON form (signed by the consumer as a {@link io.depin.core.message.SignedMessage} of type
 * {@link BandwidthKind#RECEIPT_TYPE}, and repeated in the provider's proof):
 * {@code {"bytes":1048576,"provider":"0x…","sequence":3,"session":"0x…"}}.
 *
 * {@snippet :
 * TransferReceipt receipt = new TransferReceipt(sessionId, providerId, 1_048_576, 3);
 * }
 *
 * @param session the session's identifier, 32 random bytes chosen by the consumer
 * @param provider the device that served the data
 * @param bytes the bytes transferred in the session up to this receipt, in [0, 2^53 - 1]
 * @param sequence the receipt's number in the session, in [0, 2^53 - 1]
 * @since 0.1.0
 */
public record TransferReceipt(Hash32 session, DeviceId provider, long bytes, long sequence) {
  private static final long MAX = (1L << 53) - 1;

  /**
   * Validates the receipt.
   *
   * @throws IllegalArgumentException if bytes or sequence are out of range
   */
  public TransferReceipt {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(provider, "provider");
    if (bytes < 0 || bytes > MAX) {
      throw new IllegalArgumentException("bytes are in [0, 2^53 - 1]: " + bytes);
    }
    if (sequence < 0 || sequence > MAX) {
      throw new IllegalArgumentException("a sequence is in [0, 2^53 - 1]: " + sequence);
    }
  }
}
