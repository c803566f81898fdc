package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Hex;
import io.depin.core.crypto.Ed25519Model.Point;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the RFC 8032 variants: domain separation, agreement with the independent {@link
 * Ed25519Model}, and the strict rule on {@code R} under every variant.
 */
class Ed25519VariantPropertiesTest {
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

  @Provide
  Arbitrary<Ed25519Variant> variants() {
    return Ed25519Variants.any();
  }


  @Property(tries = 80)
  void verify_otherVariantOrContext_throwsInvalidSignature(
      @ForAll("variants") Ed25519Variant signedWith,
      @ForAll("variants") Ed25519Variant checkedWith,
      @ForAll @Size(max = 200) byte[] message,
      @ForAll long seed)
      throws CryptoException {
    Assume.that(!signedWith.equals(checkedWith));
    SigningKey key = SigningKey.generate(KeyType.ED25519, SigningKeyPropertiesTest.seeded(seed));
    Signature sig = key.sign(message, signedWith);
    key.publicKey().verify(message, sig, signedWith);
    assertThatThrownBy(() -> key.publicKey().verify(message, sig, checkedWith))
        .isInstanceOfSatisfying(
            CryptoException.class,
            e -> assertThat(e.code()).isEqualTo(CryptoException.Code.INVALID_SIGNATURE));
  }

  @Property(tries = 40)
  void sign_anyVariant_satisfiesModelEquationWithItsDomainPrefixOnly(
      @ForAll("variants") Ed25519Variant variant,
      @ForAll @Size(max = 200) byte[] message,
      @ForAll long seed) {
    SigningKey key = SigningKey.generate(KeyType.ED25519, SigningKeyPropertiesTest.seeded(seed));
    byte[] sig = key.sign(message, variant).toByteArray();
    byte[] pub = key.publicKey().toRaw();
    assertThat(Ed25519Rule.decide(pub, sig, Ed25519Model.dom(variant), Ed25519Model.signedInput(variant, message)))
        .isEqualTo(Ed25519Rule.ACCEPTED);
    // The same signature read as pure Ed25519 (no prefix, the raw message) fails the equation.
    if (variant.scheme() != Ed25519Variant.Scheme.ED25519) {
      assertThat(Ed25519Rule.decide(pub, sig, message)).isEqualTo(Ed25519Rule.EQUATION_FAILS);
    }
  }

  /**
   * A signer who knows {@code a} makes {@code R = [r]B + T} with {@code T} of small order and
   * {@code S = r + k a}: the cofactored equation holds, the cofactorless one only when {@code T} is
   * the identity. With {@code r = 0} and {@code T} the identity, {@code R} is the identity itself.
   */
  @Property(tries = 48)
  void verify_rWithSmallOrderComponent_rejectedUnderEveryVariant(
      @ForAll("variants") Ed25519Variant variant,
      @ForAll @IntRange(max = 7) int torsion,
      @ForAll boolean rIsZero,
      @ForAll @Size(max = 64) byte[] message,
      @ForAll long seed) {
    Random random = new Random(seed);
    BigInteger a = new BigInteger(300, random).mod(Ed25519Model.L.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    BigInteger r = rIsZero ? BigInteger.ZERO : new BigInteger(300, random).mod(Ed25519Model.L);
    byte[] pub = Ed25519Model.BASE.times(a).encode();
    Point t = Ed25519Model.decodeStrict(Hex.decode(SMALL_ORDER.get(torsion)));
    byte[] rBytes = Ed25519Model.BASE.times(r).add(t).encode();
    BigInteger k = Ed25519Model.challenge(Ed25519Model.dom(variant), rBytes, pub, Ed25519Model.signedInput(variant, message));
    BigInteger s = r.add(k.multiply(a)).mod(Ed25519Model.L);
    byte[] sig = new byte[64];
    System.arraycopy(rBytes, 0, sig, 0, 32);
    for (int i = 0; i < 32; i++) {
      sig[32 + i] = s.shiftRight(8 * i).byteValue();
    }
    PublicKey key = PublicKey.fromRaw(KeyType.ED25519, pub);
    Signature signature = Signature.of(KeyType.ED25519, sig);
    if (torsion == 0) {
      assertThatCode(() -> key.verify(message, signature, variant))
          .doesNotThrowAnyException();
    } else {
      assertThat(Ed25519Rule.decide(pub, sig, Ed25519Model.dom(variant), Ed25519Model.signedInput(variant, message)))
          .isEqualTo(Ed25519Rule.COFACTORLESS_FAILS_COFACTORED_HOLDS);
      assertThatThrownBy(() -> key.verify(message, signature, variant))
          .isInstanceOfSatisfying(
              CryptoException.class,
              e -> assertThat(e.code()).isEqualTo(CryptoException.Code.INVALID_SIGNATURE));
    }
  }

}
