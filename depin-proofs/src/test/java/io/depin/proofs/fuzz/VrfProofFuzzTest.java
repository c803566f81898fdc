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

/**
 * {@link VrfProof#fromBytes} then {@link Ecvrf#verify}, under the RFC 9381 Example 16 key and
 * input: either verification returns {@code beta} equal to {@link Ecvrf#proofToHash}, or one of
 * the documented exceptions is thrown ({@link DecodingException} for the wrong length, {@link
 * VrfException} otherwise).
 */
class VrfProofFuzzTest {
  private static final PublicKey KEY =
      PublicKey.fromRaw(
          KeyType.ED25519,
          Hex.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));

  @FuzzTest
  void decodeAndVerify_anyInput_returnsOrThrowsDocumentedException(byte[] bytes) {
    try {
      VrfProof proof = VrfProof.fromBytes(bytes);
      VrfOutput beta = Ecvrf.verify(KEY, proof, new byte[0]);
      assertThat(beta).isEqualTo(Ecvrf.proofToHash(proof));
    } catch (DecodingException | VrfException expected) {
      // the documented rejections
    }
  }
}
