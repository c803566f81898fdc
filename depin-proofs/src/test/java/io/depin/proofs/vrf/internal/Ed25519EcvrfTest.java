package io.depin.proofs.vrf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.proofs.vrf.VrfException;
import org.junit.jupiter.api.Test;

/** RFC 9381 {@code ECVRF_validate_key} and point decoding, on raw bytes. */
class Ed25519EcvrfTest {
  private static final byte[] PI =
      Hex.decode(
          "8657106690b5526245a92b003bb079ccd1a92130477671f6fc01ad16f26f723f26f8a57ccaed74ee1b190bed1f479d9727d2d0f9b005a6e456a35d4fb0daab1268a1b0db10836d9826a528ca76567805");

  /** Encodings of points of order 1, 2, 4 and 8. */
  private static final String[] SMALL_ORDER = {
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
  };

  @Test
  void verify_smallOrderPublicKey_throwsInvalidPublicKey() {
    for (String hex : SMALL_ORDER) {
      byte[] pk = Hex.decode(hex);
      assertThatThrownBy(() -> Ed25519Ecvrf.TAI.verify(pk, PI, new byte[0]))
          .isInstanceOfSatisfying(
              VrfException.class,
              e -> assertThat(e.code())
                  .isEqualTo(VrfException.Code.INVALID_PUBLIC_KEY));
      assertThatThrownBy(() -> PublicKey.fromRaw(KeyType.ED25519, pk))
          .isInstanceOf(DecodingException.class);
    }
  }

  @Test
  void verify_publicKeyNotOnCurve_throwsInvalidPublicKey() {
    byte[] pk = Hex.decode("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    assertThatThrownBy(() -> Ed25519Ecvrf.TAI.verify(pk, PI, new byte[0]))
        .isInstanceOfSatisfying(
            VrfException.class,
            e -> assertThat(e.code())
                .isEqualTo(VrfException.Code.INVALID_PUBLIC_KEY));
  }

  /**
   * Non-canonical encodings of small-order points: y = p + 1 (the identity) with either sign bit,
   * and the identity and the order-2 point (both x = 0) with the sign bit set.
   */
  private static final String[] NON_CANONICAL_SMALL_ORDER = {
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    "0100000000000000000000000000000000000000000000000000000000000080",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
  };

  @Test
  void verify_nonCanonicalSmallOrderPublicKeyOrGamma_throwsTypedCodes() {
    byte[] valid = Hex.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    for (String hex : NON_CANONICAL_SMALL_ORDER) {
      byte[] encoding = Hex.decode(hex);
      for (Ed25519Ecvrf engine : new Ed25519Ecvrf[] {Ed25519Ecvrf.TAI, Ed25519Ecvrf.ELL2}) {
        assertThatThrownBy(() -> engine.verify(encoding, PI, new byte[0]))
            .as(hex)
            .isInstanceOfSatisfying(VrfException.class,
                e -> assertThat(e.code()).isEqualTo(VrfException.Code.INVALID_PUBLIC_KEY));
        byte[] pi = PI.clone();
        System.arraycopy(encoding, 0, pi, 0, 32);
        assertThatThrownBy(() -> engine.verify(valid, pi, new byte[0]))
            .as(hex)
            .isInstanceOfSatisfying(VrfException.class,
                e -> assertThat(e.code()).isEqualTo(VrfException.Code.INVALID_GAMMA));
      }
    }
  }

  @Test
  void verify_p256GammaWithXNotBelowP_throwsInvalidGamma() {
    byte[] pi = Hex.decode(
        "035b5c726e8c0e2c488a107c600578ee75cb702343c153cb1eb8dec77f4b5071b4a53f0a46f018bc2c56e58d383f2305e0975972c26feea0eb122fe7893c15af376b33edf7de17c6ea056d4d82de6bc02f");
    byte[] pk = Hex.decode("0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6");
    // x = p, which reduced mod p is 0, the x of a curve point; and 2^256 - 1
    String[] xs = {
      "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
      "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    };
    for (String x : xs) {
      for (P256Ecvrf engine : new P256Ecvrf[] {P256Ecvrf.TAI, P256Ecvrf.SSWU}) {
        byte[] bad = pi.clone();
        System.arraycopy(Hex.decode(x), 0, bad, 1, 32);
        assertThatThrownBy(() -> engine.verify(pk, bad, Hex.decode("73616d706c65")))
            .as(x)
            .isInstanceOfSatisfying(VrfException.class,
                e -> assertThat(e.code()).isEqualTo(VrfException.Code.INVALID_GAMMA));
      }
    }
  }
}
