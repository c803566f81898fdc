package io.depin.proofs.vrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Rejection codes and key handling; inputs from RFC 9381 Example 16. */
class EcvrfTest {
  private static final byte[] SK =
      Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  private static final byte[] PK =
      Hex.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  private static final byte[] PI =
      Hex.decode(
          "8657106690b5526245a92b003bb079ccd1a92130477671f6fc01ad16f26f723f26f8a57ccaed74ee1b190bed1f479d9727d2d0f9b005a6e456a35d4fb0daab1268a1b0db10836d9826a528ca76567805");
  private static final BigInteger L =
      BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

  private static final PublicKey KEY = PublicKey.fromRaw(KeyType.ED25519, PK);
  private static final byte[] ALPHA = new byte[0];
  private static final VrfSuite ED = VrfSuite.EDWARDS25519_SHA512_TAI;

  @Test
  void verify_sPlusL_throwsNonCanonicalS() {
    byte[] pi = PI.clone();
    BigInteger s = littleEndian(Arrays.copyOfRange(pi, 48, 80)).add(L);
    System.arraycopy(toLittleEndian(s), 0, pi, 48, 32);
    assertCode(() -> Ecvrf.verify(KEY, VrfProof.fromBytes(ED, pi), ALPHA), VrfException.Code.NON_CANONICAL_S);
    assertCode(() -> Ecvrf.proofToHash(VrfProof.fromBytes(ED, pi)), VrfException.Code.NON_CANONICAL_S);
  }

  @Test
  void verify_gammaWithYEqualToP_throwsInvalidGamma() {
    byte[] pi = PI.clone();
    byte[] nonCanonical =
        Hex.decode("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    System.arraycopy(nonCanonical, 0, pi, 0, 32);
    assertCode(() -> Ecvrf.verify(KEY, VrfProof.fromBytes(ED, pi), ALPHA), VrfException.Code.INVALID_GAMMA);
    assertCode(() -> Ecvrf.proofToHash(VrfProof.fromBytes(ED, pi)), VrfException.Code.INVALID_GAMMA);
  }

  @Test
  void verify_p256SEqualToOrderOrGammaPrefix04_throwsTypedCodes() {
    byte[] pi = Hex.decode(
        "035b5c726e8c0e2c488a107c600578ee75cb702343c153cb1eb8dec77f4b5071b4a53f0a46f018bc2c56e58d383f2305e0975972c26feea0eb122fe7893c15af376b33edf7de17c6ea056d4d82de6bc02f");
    PublicKey key = PublicKey.fromRaw(KeyType.P256, Hex.decode("0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6"));
    byte[] alpha = Hex.decode("73616d706c65");
    VrfSuite p256 = VrfSuite.P256_SHA256_TAI;
    byte[] order = Hex.decode("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    byte[] bigS = pi.clone();
    System.arraycopy(order, 0, bigS, 49, 32);
    assertCode(() -> Ecvrf.verify(key, VrfProof.fromBytes(p256, bigS), alpha), VrfException.Code.NON_CANONICAL_S);
    byte[] badGamma = pi.clone();
    badGamma[0] = 0x04;
    assertCode(() -> Ecvrf.verify(key, VrfProof.fromBytes(p256, badGamma), alpha), VrfException.Code.INVALID_GAMMA);
  }

  @Test
  void verify_otherKey_throwsInvalidProof() {
    PublicKey other = VrfSecretKey.generate(ED, new SecureRandom()).publicKey();
    assertCode(() -> Ecvrf.verify(other, VrfProof.fromBytes(ED, PI), ALPHA), VrfException.Code.INVALID_PROOF);
  }

  @Test
  void verify_p256Key_throwsIllegalArgument() {
    PublicKey p256 = SigningKey.generate(KeyType.P256, new SecureRandom()).publicKey();
    assertThatThrownBy(() -> Ecvrf.verify(p256, VrfProof.fromBytes(ED, PI), ALPHA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromBytes_wrongLength_throwsWrongLength() {
    for (int length : new int[] {0, 79, 81}) {
      assertThatThrownBy(() -> VrfProof.fromBytes(ED, new byte[length]))
          .isInstanceOfSatisfying(
              DecodingException.class,
              e -> assertThat(e.reason()).isEqualTo(DecodingException.Reason.WRONG_LENGTH));
    }
  }

  @Test
  void fromSigningKey_ed25519Key_sharesPublicKeyAndProves() throws VrfException {
    SigningKey signing = SigningKey.fromRaw(KeyType.ED25519, SK);
    VrfSecretKey key = VrfSecretKey.fromSigningKey(signing);
    assertThat(key.publicKey()).isEqualTo(signing.publicKey());
    assertThat(key.prove(ALPHA).toByteArray()).isEqualTo(PI);
    assertThat(Ecvrf.verify(key.publicKey(), key.prove(ALPHA), ALPHA))
        .isEqualTo(Ecvrf.proofToHash(VrfProof.fromBytes(ED, PI)));
    assertThat(key.exportRaw(SecretAccess.EXPORT)).isEqualTo(SK);
  }

  @Test
  void fromSigningKey_secp256k1Key_throwsIllegalArgument() {
    SigningKey k1 = SigningKey.generate(KeyType.SECP256K1, new SecureRandom());
    assertThatThrownBy(() -> VrfSecretKey.fromSigningKey(k1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromRaw_wrongLength_throwsDecodingException() {
    assertThatThrownBy(() -> VrfSecretKey.fromRaw(ED, new byte[31])).isInstanceOf(DecodingException.class);
  }

  @Test
  void fromRaw_p256ScalarZero_throwsDecodingException() {
    assertThatThrownBy(() -> VrfSecretKey.fromRaw(VrfSuite.P256_SHA256_TAI, new byte[32]))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void fromSigningKey_p256Key_selectsP256Suite() throws VrfException {
    SigningKey signing = SigningKey.generate(KeyType.P256, new SecureRandom());
    VrfSecretKey key = VrfSecretKey.fromSigningKey(signing);
    assertThat(key.suite()).isEqualTo(VrfSuite.P256_SHA256_TAI);
    VrfProof proof = key.prove(ALPHA);
    assertThat(proof.toByteArray()).hasSize(81);
    assertThat(Ecvrf.verify(signing.publicKey(), proof, ALPHA).toByteArray()).hasSize(32);
  }

  @Test
  void verify_p256ProofWithEd25519Key_throwsIllegalArgument() {
    VrfProof proof = VrfSecretKey.generate(VrfSuite.P256_SHA256_TAI, new SecureRandom()).prove(ALPHA);
    assertThatThrownBy(() -> Ecvrf.verify(KEY, proof, ALPHA)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromBytes_p256WrongLength_throwsWrongLength() {
    assertThatThrownBy(() -> VrfProof.fromBytes(VrfSuite.P256_SHA256_TAI, new byte[80]))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void verify_proofOfSiblingSuite_throwsInvalidProof() throws VrfException {
    VrfSuite ell2 = VrfSuite.EDWARDS25519_SHA512_ELL2;
    VrfProof elligatorProof = VrfSecretKey.fromRaw(ell2, SK).prove(ALPHA);
    VrfProof asTai = VrfProof.fromBytes(ED, elligatorProof.toByteArray());
    assertCode(() -> Ecvrf.verify(KEY, asTai, ALPHA), VrfException.Code.INVALID_PROOF);
    assertCode(
        () -> Ecvrf.verify(KEY, VrfProof.fromBytes(ell2, PI), ALPHA),
        VrfException.Code.INVALID_PROOF);
    assertThat(Ecvrf.verify(KEY, elligatorProof, ALPHA))
        .isNotEqualTo(Ecvrf.verify(KEY, VrfProof.fromBytes(ED, PI), ALPHA));
  }

  @Test
  void toString_secretKey_isRedacted() {
    assertThat(VrfSecretKey.fromRaw(ED, SK).toString()).doesNotContain(Hex.encode(SK)).contains("redacted");
  }

  @Test
  void valueTypes_sameBytes_areEqual() throws VrfException {
    VrfProof a = VrfProof.fromBytes(ED, PI);
    VrfProof b = VrfProof.fromBytes(ED, PI.clone());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Ecvrf.proofToHash(a)).isEqualTo(Ecvrf.proofToHash(b)).hasSameHashCodeAs(Ecvrf.proofToHash(b));
    assertThat(Ecvrf.proofToHash(a).toByteArray()).hasSize(64);
    assertThat(Ecvrf.proofToHash(a).toHex()).hasSize(128);
  }

  private interface Call {
    void run() throws VrfException;
  }

  private static void assertCode(Call call, VrfException.Code code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(VrfException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private static BigInteger littleEndian(byte[] le) {
    byte[] be = new byte[le.length];
    for (int i = 0; i < le.length; i++) {
      be[i] = le[le.length - 1 - i];
    }
    return new BigInteger(1, be);
  }

  private static byte[] toLittleEndian(BigInteger v) {
    byte[] le = new byte[32];
    for (int i = 0; i < 32; i++) {
      le[i] = v.shiftRight(8 * i).byteValue();
    }
    return le;
  }
}
