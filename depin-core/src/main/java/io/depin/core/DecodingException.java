package io.depin.core;

import java.util.Objects;

/**
 * Thrown when untrusted input (hex, Base58, DER, PEM, JSON, a signature encoding, ...) is malformed
 * or larger than the decoder accepts.
 *
 * <p>Every decoder and parser in the SDK rejects bad input with this exception and nothing else, so
 * callers handle a single type. {@link #reason()} says what was wrong in a form code can branch on;
 * the message says it for people and never contains secret material.
 *
 * <p>It extends {@link IllegalArgumentException}, so a caller that parses a constant it trusts need
 * not catch it:
 *
 * {@snippet :
 * try {
 *   Bytes b = Bytes.fromHex(untrusted);
 * } catch (DecodingException e) {
 *   if (e.reason() == DecodingException.Reason.TOO_LONG) {
 *     // reject the request as too large
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class DecodingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why the input was rejected. */
  public enum Reason {
    /** The input was empty where content is required. */
    EMPTY,
    /**
     * The input is larger, or nests deeper, than the decoder's limit. A size limit on the input is
     * checked before parsing; a depth limit, or one on what the input expands to, while parsing.
     */
    TOO_LONG,
    /** The input has a length the format does not allow (odd hex, a 63-byte signature, ...). */
    WRONG_LENGTH,
    /** The input contains a character outside the format's alphabet. */
    INVALID_CHARACTER,
    /** A checksum embedded in the input does not match. */
    BAD_CHECKSUM,
    /** A prefix, version byte or tag names something this decoder does not support. */
    UNSUPPORTED_FORMAT,
    /** The input decodes, but not in its single canonical form (leading zeros, padding, ...). */
    NON_CANONICAL,
    /** The input's structure is invalid (truncated, trailing data, bad nesting, ...). */
    MALFORMED,
    /** The input is well formed but its value is out of range (a point not on the curve, ...). */
    INVALID_VALUE
  }

  /** Why the input was rejected. */
  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why the input was rejected
   * @param message a description for people; must not contain secret material
   */
  public DecodingException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param reason why the input was rejected
   * @param message a description for people; must not contain secret material
   * @param cause the underlying failure
   */
  public DecodingException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the input was rejected} */
  public Reason reason() {
    return reason;
  }
}
