package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.Ed25519Model.Point;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The SDK's own Ed25519 verifier against the BigInteger {@link Ed25519Model} of the documented
 * rule on signatures built to sit on every boundary of that rule (honest, {@code R} with a
 * small-order component, {@code R} of small order, {@code S} just below and above {@code L},
 * one flipped bit, the sign of {@code R} flipped, mixed-order keys), under every RFC 8032
 * variant; and against BouncyCastle on honest signatures.
 */
class Ed25519VerifierPropertiesTest {
  /** The canonical encodings of the eight points of small order (the CCTV README's list). */
  private static final List<String> SMALL_ORDER =
      List.of(
          "0100000000000000000000000000000000000000000000000000000000000000",
          "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
          "0000000000000000000000000000000000000000000000000000000000000000",
          "0000000000000000000000000000000000000000000000000000000000000080",
          "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
          "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
          "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
          "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa");

  /** How a test signature is built from a signer who knows {@code a} and picks {@code r}. */
  enum Shape {
    /** {@code R = [r]B}, {@code S = r + k a}. */
    HONEST,
    /** {@code R = [r]B + T}, {@code S = r + k a}: only the cofactored equation holds. */
    R_MIXED_ORDER,
    /** {@code R = T}, {@code S = k a}: {@code R} of small order ({@code r = 0}). */
    R_SMALL_ORDER,
    /** An honest {@code R} with {@code S = L - 1 - delta}. */
    S_BELOW_L,
    /** An honest signature with {@code S + L + delta} in place of {@code S}, when it fits. */
    S_ABOVE_L,
    /** An honest signature with one bit flipped. */
    BIT_FLIPPED,
    /**
     * {@code R} is {@code -[r]B} (the sign bit of {@code [r]B} flipped) and {@code S = r + k a}
     * with {@code k} over that {@code R}: {@code [S]B - [k]A} is {@code [r]B}, which has the
     * same {@code y} as {@code R}.
     */
    R_NEGATED,
    /** An honest signature under the key {@code A + T}, which has a small-order component. */
    KEY_MIXED_ORDER
  }

  @Provide
  Arbitrary<Ed25519Variant> variants() {
    return Ed25519Variants.any();
  }


  @Property(tries = 400)
  void verify_signaturesOnTheRuleBoundaries_giveTheModelOutcome(
      @ForAll("variants") Ed25519Variant variant,
      @ForAll Shape shape,
      @ForAll @IntRange(min = 1, max = 7) int torsion,
      @ForAll @IntRange(max = 40) int delta,
      @ForAll @Size(max = 96) byte[] message,
      @ForAll long seed) {
    Random random = new Random(seed);
    BigInteger a =
        new BigInteger(300, random)
            .mod(Ed25519Model.L.subtract(BigInteger.ONE))
            .add(BigInteger.ONE);
    BigInteger r = new BigInteger(300, random).mod(Ed25519Model.L);
    Point t = Ed25519Model.decodeStrict(Hex.decode(SMALL_ORDER.get(torsion)));
    Point aPoint = Ed25519Model.BASE.times(a);
    byte[] pub = (shape == Shape.KEY_MIXED_ORDER ? aPoint.add(t) : aPoint).encode();
    Point rPoint =
        switch (shape) {
          case R_MIXED_ORDER -> Ed25519Model.BASE.times(r).add(t);
          case R_SMALL_ORDER -> t;
          default -> Ed25519Model.BASE.times(r);
        };
    if (shape == Shape.R_SMALL_ORDER) {
      r = BigInteger.ZERO;
    }
    byte[] rBytes = rPoint.encode();
    if (shape == Shape.R_NEGATED) {
      rBytes[31] ^= (byte) 0x80;
    }
    byte[] dom = Ed25519Model.dom(variant);
    byte[] input = Ed25519Model.signedInput(variant, message);
    BigInteger k = Ed25519Model.challenge(dom, rBytes, pub, input);
    BigInteger s = r.add(k.multiply(a)).mod(Ed25519Model.L);
    byte[] sig = new byte[64];
    System.arraycopy(rBytes, 0, sig, 0, 32);
    switch (shape) {
      case S_BELOW_L -> putScalar(sig, Ed25519Model.L.subtract(BigInteger.valueOf(1 + delta)));
      case S_ABOVE_L -> {
        BigInteger big = s.add(Ed25519Model.L).add(BigInteger.valueOf(delta));
        putScalar(sig, big.bitLength() <= 256 ? big : s);
      }
      default -> putScalar(sig, s);
    }
    if (shape == Shape.BIT_FLIPPED) {
      int bit = random.nextInt(512);
      sig[bit >>> 3] ^= (byte) (1 << (bit & 7));
    }
    String expected = Ed25519Rule.decide(pub, sig, dom, input).expectedOutcome();
    assertThat(outcome(pub, sig, message, variant)).isEqualTo(expected);
    if (shape == Shape.HONEST) {
      assertThat(expected).isEqualTo("accepted");
    }
    if (shape == Shape.R_MIXED_ORDER || shape == Shape.R_SMALL_ORDER) {
      assertThat(Ed25519Rule.decide(pub, sig, dom, input))
          .isEqualTo(Ed25519Rule.COFACTORLESS_FAILS_COFACTORED_HOLDS);
    }
  }

  @Property(tries = 200)
  void verify_honestSignatures_agreeWithBouncyCastle(
      @ForAll("variants") Ed25519Variant variant,
      @ForAll @Size(max = 300) byte[] message,
      @ForAll long seed)
      throws CryptoException {
    SigningKey key = SigningKey.generate(KeyType.ED25519, SigningKeyPropertiesTest.seeded(seed));
    Signature signature = key.sign(message, variant);
    byte[] sig = signature.toByteArray();
    byte[] pub = key.publicKey().toRaw();
    key.publicKey().verify(message, signature, variant);
    assertThat(bouncyCastleVerifies(pub, sig, message, variant)).isTrue();
    byte[] other = message.length == 0 ? new byte[] {0} : message.clone();
    other[new Random(seed).nextInt(other.length)] ^= 1;
    assertThat(bouncyCastleVerifies(pub, sig, other, variant)).isFalse();
    assertThat(outcome(pub, sig, other, variant))
        .isEqualTo("signature rejected: " + CryptoException.Code.INVALID_SIGNATURE);
  }

  private static boolean bouncyCastleVerifies(
      byte[] pub, byte[] sig, byte[] message, Ed25519Variant variant) {
    byte[] context = variant.context().toByteArray();
    return switch (variant.scheme()) {
      case ED25519 -> Ed25519.verify(sig, 0, pub, 0, message, 0, message.length);
      case ED25519_CTX -> Ed25519.verify(sig, 0, pub, 0, context, message, 0, message.length);
      case ED25519_PH ->
          Ed25519.verifyPrehash(sig, 0, pub, 0, context, Ed25519Model.signedInput(variant, message), 0);
    };
  }

  /** Runs the public API on one input under one variant and names what happened. */
  private static String outcome(byte[] pub, byte[] sig, byte[] message, Ed25519Variant variant) {
    PublicKey key;
    try {
      key = PublicKey.fromRaw(KeyType.ED25519, pub);
    } catch (DecodingException e) {
      return "key rejected: " + e.reason();
    }
    try {
      key.verify(message, Signature.of(KeyType.ED25519, sig), variant);
      return "accepted";
    } catch (CryptoException e) {
      return "signature rejected: " + e.code();
    }
  }

  private static void putScalar(byte[] sig, BigInteger s) {
    for (int i = 0; i < 32; i++) {
      sig[32 + i] = s.shiftRight(8 * i).byteValue();
    }
  }

}
