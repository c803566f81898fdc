package io.depin.core.crypto;

import io.depin.core.bytes.Bytes;
import java.util.Objects;

/**
 * Which of the three RFC 8032 Ed25519 signature schemes to use, with its context: pure Ed25519
 * (§5.1), Ed25519ctx (§5.1 with {@code dom2(0, context)}) or Ed25519ph (§5.1 with {@code dom2(1,
 * context)}, signing {@code SHA-512(message)}).
 *
 * <p>The variant and its context separate domains: a signature made under one variant, or under
 * one context, never verifies under another, so an application can give each kind of signed
 * payload its own context. Pure Ed25519 is what {@link SigningKey#sign(byte[])} and {@link
 * PublicKey#verify(byte[], Signature)} use.
 *
 * {@snippet :
 * Ed25519Variant receipts = Ed25519Variant.ctx(Bytes.of("depin/receipt/v1".getBytes(UTF_8)));
 * Signature sig = key.sign(receipt, receipts);
 * key.publicKey().verify(receipt, sig, receipts);
 * key.publicKey().verify(receipt, sig);   // throws: pure Ed25519 is another domain
 * }
 *
 * <p>Contexts hold 1 to 255 bytes for Ed25519ctx (RFC 8032 §5.1: an empty context "SHOULD NOT" be
 * used with Ed25519ctx, and this SDK refuses it) and 0 to 255 bytes for Ed25519ph. Instances are
 * immutable and thread-safe; two are equal when they have the same scheme and context.
 *
 * @since 0.1.0
 */
public final class Ed25519Variant {
  /** The most bytes a context may hold (RFC 8032 §5.1: the length is written in one byte). */
  public static final int MAX_CONTEXT_LENGTH = 255;

  private static final Ed25519Variant PURE = new Ed25519Variant(Scheme.ED25519, Bytes.empty());
  private static final Ed25519Variant PH = new Ed25519Variant(Scheme.ED25519_PH, Bytes.empty());

  /** The three schemes of RFC 8032 §5.1. */
  public enum Scheme {
    /** Pure Ed25519: no domain prefix, no context. */
    ED25519,
    /** Ed25519ctx: prefix {@code dom2(0, context)}, context of 1 to 255 bytes. */
    ED25519_CTX,
    /**
     * Ed25519ph: prefix {@code dom2(1, context)}, signs SHA-512 of the message, context of 0 to
     * 255 bytes.
     */
    ED25519_PH
  }

  private final Scheme scheme;
  private final Bytes context;

  private Ed25519Variant(Scheme scheme, Bytes context) {
    this.scheme = scheme;
    this.context = context;
  }

  /** {@return pure Ed25519, the scheme of {@link SigningKey#sign(byte[])}} */
  public static Ed25519Variant pure() {
    return PURE;
  }

  /**
   * Returns Ed25519ctx with a context.
   *
   * @param context 1 to 255 bytes
   * @return the variant
   * @throws IllegalArgumentException if the context is empty or longer than 255 bytes
   */
  public static Ed25519Variant ctx(Bytes context) {
    Objects.requireNonNull(context, "context");
    if (context.isEmpty()) {
      throw new IllegalArgumentException(
          "Ed25519ctx needs a non-empty context (RFC 8032 §5.1); use pure() for no context");
    }
    return new Ed25519Variant(Scheme.ED25519_CTX, checkLength(context));
  }

  /** {@return Ed25519ph with the empty context} */
  public static Ed25519Variant ph() {
    return PH;
  }

  /**
   * Returns Ed25519ph with a context.
   *
   * @param context 0 to 255 bytes
   * @return the variant
   * @throws IllegalArgumentException if the context is longer than 255 bytes
   */
  public static Ed25519Variant ph(Bytes context) {
    Objects.requireNonNull(context, "context");
    return context.isEmpty() ? PH : new Ed25519Variant(Scheme.ED25519_PH, checkLength(context));
  }

  private static Bytes checkLength(Bytes context) {
    if (context.length() > MAX_CONTEXT_LENGTH) {
      throw new IllegalArgumentException(
          "an Ed25519 context holds at most 255 bytes, not " + context.length());
    }
    return context;
  }

  /** {@return the scheme} */
  public Scheme scheme() {
    return scheme;
  }

  /** {@return the context: empty for pure Ed25519 and possibly for Ed25519ph} */
  public Bytes context() {
    return context;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ed25519Variant other
        && scheme == other.scheme
        && context.equals(other.context);
  }

  @Override
  public int hashCode() {
    return 31 * scheme.hashCode() + context.hashCode();
  }

  /** {@return the scheme and, unless empty, the hex of the context} */
  @Override
  public String toString() {
    return context.isEmpty()
        ? "Ed25519Variant[" + scheme + "]"
        : "Ed25519Variant[" + scheme + ", context=" + context + "]";
  }
}
