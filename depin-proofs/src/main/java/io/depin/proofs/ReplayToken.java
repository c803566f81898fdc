package io.depin.proofs;

import io.depin.core.bytes.Bytes;
import java.util.Objects;

/**
 * What makes a proof unique for its device: a strictly increasing sequence number, or a random
 * nonce. A {@link ReplayGuard} accepts each token once.
 *
 * {@snippet :
 * ReplayToken counter = ReplayToken.sequence(42);
 * ReplayToken random = ReplayToken.nonce(Bytes.fromHex("0x5f1c9a0e7d3b2a41"));
 * }
 *
 * @since 0.1.0
 */
public sealed interface ReplayToken {
  /** The longest nonce accepted, in bytes. */
  int MAX_NONCE_BYTES = 64;

  /** The largest sequence number accepted: 2^53 - 1, the largest integer JSON carries exactly. */
  long MAX_SEQUENCE = (1L << 53) - 1;

  /**
   * Returns a sequence token.
   *
   * @param value the sequence number, in [0, 2^53 - 1]
   * @return the token
   * @throws IllegalArgumentException if the number is out of range
   */
  static ReplayToken sequence(long value) {
    return new Sequence(value);
  }

  /**
   * Returns a nonce token.
   *
   * @param value 1 to {@value #MAX_NONCE_BYTES} bytes
   * @return the token
   * @throws IllegalArgumentException if the nonce is empty or too long
   */
  static ReplayToken nonce(Bytes value) {
    return new Nonce(value);
  }

  /**
   * A per-device sequence number: each must be greater than every one accepted before.
   *
   * {@snippet :
   * ReplayToken token = new ReplayToken.Sequence(7);
   * }
   *
   * @param value the number, in [0, 2^53 - 1]
   */
  record Sequence(long value) implements ReplayToken {
    /**
     * Validates the number.
     *
     * @throws IllegalArgumentException if it is out of range
     */
    public Sequence {
      if (value < 0 || value > MAX_SEQUENCE) {
        throw new IllegalArgumentException("a sequence number is in [0, 2^53 - 1]: " + value);
      }
    }
  }

  /**
   * A random per-device nonce, remembered until proofs made with it are too old to be accepted.
   *
   * {@snippet :
   * ReplayToken token = new ReplayToken.Nonce(Bytes.fromHex("0x01020304"));
   * }
   *
   * @param value 1 to {@value ReplayToken#MAX_NONCE_BYTES} bytes
   */
  record Nonce(Bytes value) implements ReplayToken {
    /**
     * Validates the nonce.
     *
     * @throws IllegalArgumentException if it is empty or too long
     */
    public Nonce {
      Objects.requireNonNull(value, "value");
      if (value.isEmpty() || value.length() > MAX_NONCE_BYTES) {
        throw new IllegalArgumentException(
            "a nonce is 1 to " + MAX_NONCE_BYTES + " bytes, not " + value.length());
      }
    }
  }
}
