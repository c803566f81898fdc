package io.depin.proofs;

/**
 * Why a {@link ProofVerifier} rejected a proof. The pipeline checks in the order the constants are
 * declared, and the first failed check decides the reason.
 *
 * {@snippet :
 * if (verdict instanceof Verdict.Rejected r && r.reason() == RejectionReason.REPLAYED) {
 *   replays.increment();
 * }
 * }
 *
 * @since 0.1.0
 */
public enum RejectionReason {
  /** The wire form is larger than the verifier's limit; it was not parsed. */
  TOO_LARGE,
  /** The envelope or the kind's payload is not in its strict form. */
  MALFORMED,
  /** The envelope's kind tag names no kind the verifier knows. */
  UNKNOWN_KIND,
  /** The registry knows no device with the envelope's id. */
  UNKNOWN_DEVICE,
  /** The device, or its maker, is revoked. */
  DEVICE_REVOKED,
  /** The proof is signed by a key that is not the device's current key. */
  WRONG_KEY,
  /** The signature does not verify. */
  BAD_SIGNATURE,
  /** The proof's timestamp is older than the verifier's maximum age. */
  STALE,
  /** The proof's timestamp is later than the verifier's clock plus the allowed skew. */
  FROM_THE_FUTURE,
  /** The proof's sequence number or nonce was seen before. */
  REPLAYED,
  /** The proof kind's own check failed; {@link Verdict.Rejected#code()} holds the kind's code. */
  KIND_REJECTED
}
