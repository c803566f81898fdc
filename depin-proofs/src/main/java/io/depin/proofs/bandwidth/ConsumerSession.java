package io.depin.proofs.bandwidth;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.core.message.SignedMessage;
import io.depin.devices.DeviceId;
import io.depin.proofs.bandwidth.internal.ReceiptJson;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The consumer side of a transfer session: signs receipts for the cumulative bytes received from
 * one provider, numbering them 0, 1, 2, ... and refusing to acknowledge fewer bytes than before.
 *
 * {@snippet :
 * ConsumerSession session = ConsumerSession.open(ConsumerSession.newSessionId(random), providerId, consumerKey);
 * SignedMessage first = session.acknowledge(65_536);
 * SignedMessage second = session.acknowledge(131_072);   // cumulative, not a delta
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsumerSession {
  private final Hash32 session;
  private final DeviceId provider;
  private final Signer consumer;
  private long nextSequence;
  private long acknowledged;

  private ConsumerSession(Hash32 session, DeviceId provider, Signer consumer) {
    this.session = session;
    this.provider = provider;
    this.consumer = consumer;
  }

  /**
   * Opens a session.
   *
   * @param session the session's identifier, random; see {@link #newSessionId}
   * @param provider the provider device serving the data
   * @param consumer the consumer's key
   * @return the session, with no receipt yet
   */
  public static ConsumerSession open(Hash32 session, DeviceId provider, Signer consumer) {
    return new ConsumerSession(
        Objects.requireNonNull(session, "session"),
        Objects.requireNonNull(provider, "provider"),
        Objects.requireNonNull(consumer, "consumer"));
  }

  /**
   * Draws a session identifier.
   *
   * @param random the randomness; a {@link java.security.SecureRandom} in production
   * @return 32 random bytes
   */
  public static Hash32 newSessionId(RandomGenerator random) {
    byte[] bytes = new byte[Hash32.LENGTH];
    random.nextBytes(bytes);
    return Hash32.of(bytes);
  }

  /**
   * Signs a receipt for the bytes received so far in the session.
   *
   * @param cumulativeBytes every byte received in the session up to now
   * @return the signed receipt, to hand to the provider
   * @throws IllegalArgumentException if {@code cumulativeBytes} is less than already acknowledged
   *     or above 2^53 - 1
   * @throws CryptoException if the key fails to sign
   */
  public synchronized SignedMessage acknowledge(long cumulativeBytes) throws CryptoException {
    if (cumulativeBytes < acknowledged) {
      throw new IllegalArgumentException(
          "bytes are cumulative: " + cumulativeBytes + " < " + acknowledged + " acknowledged");
    }
    TransferReceipt receipt = new TransferReceipt(session, provider, cumulativeBytes, nextSequence);
    SignedMessage signed =
        SignedMessage.sign(BandwidthKind.RECEIPT_TYPE, ReceiptJson.encode(receipt), consumer);
    nextSequence++;
    acknowledged = cumulativeBytes;
    return signed;
  }

  /** {@return the session's identifier} */
  public Hash32 session() {
    return session;
  }

  @Override
  public String toString() {
    return "ConsumerSession[" + session + ", provider=" + provider + "]";
  }
}
