package io.depin.proofs.vrf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The limb-based {@link EdwardsPoint} against the {@link BigInteger} model {@link
 * ReferenceEdwardsPoint} (the implementation it replaced), and encode-to-curve landing in the
 * prime-order subgroup.
 */
class EdwardsPointPropertiesTest {
  @Property(tries = 40)
  void multiply_anyScalar_matchesReference(
      @ForAll @Size(32) byte[] scalar, @ForAll @Size(32) byte[] pointScalar) {
    EdwardsPoint point = EdwardsPoint.BASE.multiply(reduced(pointScalar));
    ReferenceEdwardsPoint model = referenceOf(point);
    assertThat(point.multiply(scalar).encode())
        .isEqualTo(model.multiply(Scalars.fromLittleEndian(scalar)).encode());
    assertThat(EdwardsPoint.BASE.multiply(scalar).encode())
        .isEqualTo(
            ReferenceEdwardsPoint.BASE.multiply(Scalars.fromLittleEndian(scalar)).encode());
  }

  @Property(tries = 40)
  void doubleMultiplyVar_anyScalars_matchesReference(
      @ForAll @Size(32) byte[] a, @ForAll @Size(16) byte[] b, @ForAll @Size(32) byte[] q) {
    EdwardsPoint point = EdwardsPoint.BASE.multiply(reduced(q)).negate();
    BigInteger sa = Scalars.fromLittleEndian(a);
    BigInteger sb = Scalars.fromLittleEndian(b);
    ReferenceEdwardsPoint expected =
        ReferenceEdwardsPoint.BASE.multiply(sa).add(referenceOf(point).multiply(sb));
    assertThat(EdwardsPoint.doubleMultiplyVar(sa, EdwardsPoint.BASE, sb, point).encode())
        .isEqualTo(expected.encode());
  }

  @Property(tries = 200)
  void decode_anyBytes_agreesWithReference(@ForAll @Size(32) byte[] encoded) {
    @Nullable EdwardsPoint point = EdwardsPoint.decode(encoded);
    @Nullable ReferenceEdwardsPoint model = ReferenceEdwardsPoint.decode(encoded);
    assertThat(point == null).isEqualTo(model == null);
    if (point != null && model != null) {
      assertThat(point.encode()).isEqualTo(encoded);
      assertThat(point.multiplyByCofactor().encode())
          .isEqualTo(model.multiplyByCofactor().encode());
      assertThat(point.add(point).encode()).isEqualTo(model.add(model).encode());
      assertThat(point.multiplyByCofactor().isIdentity())
          .isEqualTo(model.multiplyByCofactor().isIdentity());
    }
  }

  @Property(tries = 20)
  void encodeToCurve_anyInput_hasPrimeOrder(
      @ForAll boolean elligator, @ForAll @Size(max = 64) byte[] alpha) {
    Ed25519Ecvrf engine = elligator ? Ed25519Ecvrf.ELL2 : Ed25519Ecvrf.TAI;
    EdwardsPoint h = engine.encodeToCurve(EdwardsPoint.BASE.encode(), alpha);
    assertThat(h.isIdentity()).isFalse();
    assertThat(h.multiply(Scalars.toLittleEndian(EdwardsPoint.L, 32)).isIdentity()).isTrue();
  }

  private static byte[] reduced(byte[] scalar) {
    return Scalars.toLittleEndian(Scalars.fromLittleEndian(scalar).mod(EdwardsPoint.L), 32);
  }

  private static ReferenceEdwardsPoint referenceOf(EdwardsPoint point) {
    ReferenceEdwardsPoint model = ReferenceEdwardsPoint.decode(point.encode());
    assertThat(model).isNotNull();
    return model;
  }
}
