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
}
