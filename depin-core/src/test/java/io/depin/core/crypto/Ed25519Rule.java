package io.depin.core.crypto;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.Ed25519Model.Point;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SDK's documented Ed25519 verification rule (package {@code io.depin.core.crypto}, "Ed25519
 * edge cases"), restated over {@link Ed25519Model} so that a test can predict the SDK's outcome
 * for any input without running the SDK's code. Each constant is the first clause an input breaks,
 * in the documented order, and names the outcome the SDK must give. Public for the fuzz target.
 */
public enum Ed25519Rule {
  /** Every clause holds: {@link PublicKey#verify} returns. */
  ACCEPTED(null, null),
  /** A has y >= p: {@link PublicKey#fromRaw} throws NON_CANONICAL. */
  KEY_NON_CANONICAL(DecodingException.Reason.NON_CANONICAL, null),
  /** A does not decode (RFC 8032 §5.1.3: no x for this y, or x = 0 with the sign bit set). */
  KEY_UNDECODABLE(DecodingException.Reason.INVALID_VALUE, null),
  /** A has order 1, 2, 4 or 8. */
  KEY_SMALL_ORDER(DecodingException.Reason.INVALID_VALUE, null),
  /** A has a small-order component besides its prime-order one ([L]A is not the identity). */
  KEY_MIXED_ORDER(DecodingException.Reason.INVALID_VALUE, null),
  /** R has y >= p. */
  R_NON_CANONICAL(null, CryptoException.Code.NON_CANONICAL_ENCODING),
  /** S >= L. */
  S_NOT_REDUCED(null, CryptoException.Code.SIGNATURE_MALLEABLE),
  /** R does not decode (RFC 8032 §5.1.3: no x for this y, or x = 0 with the sign bit set). */
  R_UNDECODABLE(null, CryptoException.Code.INVALID_SIGNATURE),
  /** [S]B = R + [k]A fails, but [8][S]B = [8]R + [8][k]A holds: only a cofactored verifier accepts. */
  COFACTORLESS_FAILS_COFACTORED_HOLDS(null, CryptoException.Code.INVALID_SIGNATURE),
  /** Neither equation holds. */
  EQUATION_FAILS(null, CryptoException.Code.INVALID_SIGNATURE);

  private final DecodingException.Reason keyReason;
  private final CryptoException.Code verifyCode;

  Ed25519Rule(DecodingException.Reason keyReason, CryptoException.Code verifyCode) {
    this.keyReason = keyReason;
    this.verifyCode = verifyCode;
  }

  /** {@return the outcome the SDK must give, in the form {@link #outcomeOf} reports} */
  public String expectedOutcome() {
    if (keyReason != null) {
      return "key rejected: " + keyReason;
    }
    return verifyCode == null ? "accepted" : "signature rejected: " + verifyCode;
  }

  /** Runs the SDK's public API on one input and names what happened. */
  public static String outcomeOf(byte[] key, byte[] sig, byte[] message) {
    PublicKey pub;
    try {
      pub = PublicKey.fromRaw(KeyType.ED25519, key);
    } catch (DecodingException e) {
      return "key rejected: " + e.reason();
    }
    try {
      pub.verify(message, Signature.of(KeyType.ED25519, sig));
      return "accepted";
    } catch (CryptoException e) {
      return "signature rejected: " + e.code();
    }
  }

  /** The key checks cost a scalar multiplication each; the vector files reuse a few keys. */
  private static final Map<String, Ed25519Rule> KEY_CACHE =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ed25519Rule> eldest) {
          return size() > 64;
        }
      };

  /**
   * Decides one pure-Ed25519 input by the documented rule.
   *
   * @param key the 32-byte A
   * @param sig the 64-byte R || S
   * @param message M
   * @return the first clause broken, or {@link #ACCEPTED}
   */
  public static Ed25519Rule decide(byte[] key, byte[] sig, byte[] message) {
    return decide(key, sig, new byte[0], message);
  }

  /**
   * Decides one input of any RFC 8032 variant by the documented rule.
   *
   * @param key the 32-byte A
   * @param sig the 64-byte R || S
   * @param dom the domain prefix: empty for pure Ed25519, {@code dom2(F, C)} otherwise
   * @param signedInput M, or SHA-512(M) for Ed25519ph
   * @return the first clause broken, or {@link #ACCEPTED}
   */
  static Ed25519Rule decide(byte[] key, byte[] sig, byte[] dom, byte[] signedInput) {
    Ed25519Rule keyRule = decideKey(key);
    if (keyRule != ACCEPTED) {
      return keyRule;
    }
    byte[] r = Arrays.copyOfRange(sig, 0, 32);
    if (!Ed25519Model.isCanonicalY(r)) {
      return R_NON_CANONICAL;
    }
    BigInteger s = Ed25519Model.scalar(sig, 32);
    if (s.compareTo(Ed25519Model.L) >= 0) {
      return S_NOT_REDUCED;
    }
    Point rPoint = Ed25519Model.decodeStrict(r);
    if (rPoint == null) {
      return R_UNDECODABLE;
    }
    Point a = Ed25519Model.decodeStrict(key);
    BigInteger k = Ed25519Model.challenge(dom, r, key, signedInput);
    // residue = [S]B - R - [k]A
    Point residue = Ed25519Model.BASE.times(s).add(rPoint.negate()).add(a.times(k).negate());
    if (residue.isIdentity()) {
      return ACCEPTED;
    }
    return residue.isSmallOrder() ? COFACTORLESS_FAILS_COFACTORED_HOLDS : EQUATION_FAILS;
  }

  private static synchronized Ed25519Rule decideKey(byte[] key) {
    return KEY_CACHE.computeIfAbsent(
        Hex.encode(key),
        hex -> {
          if (!Ed25519Model.isCanonicalY(key)) {
            return KEY_NON_CANONICAL;
          }
          Point a = Ed25519Model.decodeStrict(key);
          if (a == null) {
            return KEY_UNDECODABLE;
          }
          if (a.isSmallOrder()) {
            return KEY_SMALL_ORDER;
          }
          return a.isTorsionFree() ? ACCEPTED : KEY_MIXED_ORDER;
        });
  }
}
