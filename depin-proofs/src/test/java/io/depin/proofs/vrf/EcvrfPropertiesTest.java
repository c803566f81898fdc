package io.depin.proofs.vrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EcvrfPropertiesTest {
  @Property(tries = 25)
  void verify_freshProof_returnsProofToHash(@ForAll VrfSuite suite, @ForAll long seed, @ForAll @Size(max = 200) byte[] alpha)
      throws VrfException {
    VrfSecretKey key = keyFrom(suite, seed);
    VrfProof proof = key.prove(alpha);
    VrfOutput beta = Ecvrf.verify(key.publicKey(), proof, alpha);
    assertThat(beta).isEqualTo(Ecvrf.proofToHash(proof));
  }

  @Property(tries = 25)
  void prove_sameKeyAndAlpha_isDeterministic(@ForAll VrfSuite suite, @ForAll long seed, @ForAll @Size(max = 64) byte[] alpha)
      throws VrfException {
    VrfProof first = keyFrom(suite, seed).prove(alpha);
    VrfProof second = keyFrom(suite, seed).prove(alpha.clone());
    assertThat(second).isEqualTo(first);
    assertThat(Ecvrf.proofToHash(second)).isEqualTo(Ecvrf.proofToHash(first));
  }

  @Property(tries = 25)
  void verify_flippedProofBit_throws(
      @ForAll VrfSuite suite, @ForAll long seed, @ForAll @Size(max = 64) byte[] alpha, @ForAll @IntRange(max = 647) int bit) {
    VrfSecretKey key = keyFrom(suite, seed);
    byte[] pi = key.prove(alpha).toByteArray();
    int index = bit % (pi.length * 8);
    pi[index / 8] ^= (byte) (1 << (index % 8));
    VrfProof tampered = VrfProof.fromBytes(suite, pi);
    assertThatThrownBy(() -> Ecvrf.verify(key.publicKey(), tampered, alpha))
        .isInstanceOf(VrfException.class);
  }

  @Property(tries = 25)
  void verify_flippedAlphaBit_throwsInvalidProof(
      @ForAll VrfSuite suite, @ForAll long seed, @ForAll @Size(min = 1, max = 64) byte[] alpha, @ForAll @IntRange(max = 511) int bit) {
    VrfSecretKey key = keyFrom(suite, seed);
    VrfProof proof = key.prove(alpha);
    byte[] tampered = alpha.clone();
    int index = bit % (alpha.length * 8);
    tampered[index / 8] ^= (byte) (1 << (index % 8));
    assertThatThrownBy(() -> Ecvrf.verify(key.publicKey(), proof, tampered))
        .isInstanceOfSatisfying(
            VrfException.class, e -> assertThat(e.code()).isEqualTo(VrfException.Code.INVALID_PROOF));
  }

  /** A key from a seed, so that jqwik can shrink and replay it. */
  private static VrfSecretKey keyFrom(VrfSuite suite, long seed) {
    byte[] secret = new byte[32];
    new Random(seed).nextBytes(secret);
    return VrfSecretKey.fromRaw(suite, secret);
  }
}
