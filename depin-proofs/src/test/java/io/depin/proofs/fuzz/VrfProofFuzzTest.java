package io.depin.proofs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSuite;

/**
 * {@link VrfProof#fromBytes} then {@link Ecvrf#verify}, for each of the four suites under the key
 * of its first RFC 9381 example and the empty input: either verification returns {@code beta} equal to {@link
 * Ecvrf#proofToHash}, or one of the documented exceptions is thrown ({@link DecodingException}
 * for the wrong length, {@link VrfException} otherwise).
 */
class VrfProofFuzzTest {
  private static final PublicKey ED25519_KEY =
      PublicKey.fromRaw(
          KeyType.ED25519,
          Hex.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
  private static final PublicKey P256_KEY =
      PublicKey.fromRaw(
          KeyType.P256,
          Hex.decode("0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6"));

  @FuzzTest
  void decodeAndVerify_anyInput_returnsOrThrowsDocumentedException(byte[] bytes) {
    for (VrfSuite suite : VrfSuite.values()) {
      check(suite, suite.keyType() == KeyType.ED25519 ? ED25519_KEY : P256_KEY, bytes);
    }
  }

  private static void check(VrfSuite suite, PublicKey key, byte[] bytes) {
    try {
      VrfProof proof = VrfProof.fromBytes(suite, bytes);
      VrfOutput beta = Ecvrf.verify(key, proof, new byte[0]);
      assertThat(beta).isEqualTo(Ecvrf.proofToHash(proof));
    } catch (DecodingException | VrfException expected) {
      // the documented rejections
    }
  }
}
