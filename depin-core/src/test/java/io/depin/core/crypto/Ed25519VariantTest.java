package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Ed25519VariantTest {
  private static final Bytes FOO = Bytes.of("foo".getBytes(StandardCharsets.US_ASCII));
  private static final byte[] MESSAGE = "reading 42".getBytes(StandardCharsets.US_ASCII);

  @Test
  void ctx_emptyContext_throwsIllegalArgument() {
    assertThatThrownBy(() -> Ed25519Variant.ctx(Bytes.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-empty");
  }

  @Test
  void ctxAndPh_contextOf256Bytes_throwIllegalArgument() {
    Bytes tooLong = Bytes.of(new byte[256]);
    assertThatThrownBy(() -> Ed25519Variant.ctx(tooLong)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ed25519Variant.ph(tooLong)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ctxAndPh_contextOf255Bytes_accepted() {
    Bytes max = Bytes.of(new byte[Ed25519Variant.MAX_CONTEXT_LENGTH]);
    assertThat(Ed25519Variant.ctx(max).context()).isEqualTo(max);
    assertThat(Ed25519Variant.ph(max).context()).isEqualTo(max);
  }

  @Test
  void ph_emptyContext_equalsPlainPh() {
    assertThat(Ed25519Variant.ph(Bytes.empty())).isEqualTo(Ed25519Variant.ph());
    assertThat(Ed25519Variant.ph().scheme()).isEqualTo(Ed25519Variant.Scheme.ED25519_PH);
    assertThat(Ed25519Variant.ph().context().isEmpty()).isTrue();
  }

  @Test
  void equals_sameSchemeAndContext_equalOtherwiseNot() {
    assertThat(Ed25519Variant.ctx(FOO)).isEqualTo(Ed25519Variant.ctx(Bytes.fromHex("666f6f")));
    assertThat(Ed25519Variant.ctx(FOO).hashCode())
        .isEqualTo(Ed25519Variant.ctx(Bytes.fromHex("666f6f")).hashCode());
    assertThat(Ed25519Variant.ctx(FOO)).isNotEqualTo(Ed25519Variant.ph(FOO));
    assertThat(Ed25519Variant.pure()).isNotEqualTo(Ed25519Variant.ph());
    assertThat(Ed25519Variant.ctx(FOO).toString()).isEqualTo("Ed25519Variant[ED25519_CTX, context=0x666f6f]");
    assertThat(Ed25519Variant.pure().toString()).isEqualTo("Ed25519Variant[ED25519]");
  }

  @Test
  void signerDefault_pureVariant_signsLikeSign() throws CryptoException {
    SigningKey key = SigningKey.generate(KeyType.ED25519, SigningKeyPropertiesTest.seeded(1));
    Signer hardware = new PureOnlySigner(key);
    assertThat(hardware.sign(MESSAGE, Ed25519Variant.pure())).isEqualTo(key.sign(MESSAGE));
  }

  @Test
  void signerDefault_ctxOrPh_throwsUnsupportedVariant() {
    Signer hardware = new PureOnlySigner(SigningKey.generate(KeyType.ED25519, SigningKeyPropertiesTest.seeded(2)));
    for (Ed25519Variant variant : new Ed25519Variant[] {Ed25519Variant.ctx(FOO), Ed25519Variant.ph()}) {
      assertThatThrownBy(() -> hardware.sign(MESSAGE, variant))
          .isInstanceOfSatisfying(
              CryptoException.class,
              e -> assertThat(e.code()).isEqualTo(CryptoException.Code.UNSUPPORTED_VARIANT));
    }
  }

  @Test
  void signerDefault_ecdsaSigner_throwsIllegalState() {
    Signer ecdsa = new PureOnlySigner(SigningKey.generate(KeyType.P256, SigningKeyPropertiesTest.seeded(3)));
    assertThatThrownBy(() -> ecdsa.sign(MESSAGE, Ed25519Variant.pure()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void signingKey_ecdsaKeyWithVariant_throwsIllegalState() {
    SigningKey key = SigningKey.generate(KeyType.SECP256K1, SigningKeyPropertiesTest.seeded(4));
    assertThatThrownBy(() -> key.sign(MESSAGE, Ed25519Variant.ctx(FOO)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void verify_ecdsaKeyWithVariant_throwsIllegalState() {
    SigningKey key = SigningKey.generate(KeyType.SECP256K1, SigningKeyPropertiesTest.seeded(5));
    Signature sig = key.sign(MESSAGE);
    assertThatThrownBy(() -> key.publicKey().verify(MESSAGE, sig, Ed25519Variant.pure()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void verify_ecdsaSignatureUnderEd25519Key_throwsKeyTypeMismatch() {
    SigningKey ed = SigningKey.generate(KeyType.ED25519, SigningKeyPropertiesTest.seeded(6));
    Signature ecdsaSig = Signature.of(KeyType.P256, ed.sign(MESSAGE).toByteArray());
    assertThatThrownBy(() -> ed.publicKey().verify(MESSAGE, ecdsaSig, Ed25519Variant.pure()))
        .isInstanceOfSatisfying(
            CryptoException.class,
            e -> assertThat(e.code()).isEqualTo(CryptoException.Code.KEY_TYPE_MISMATCH));
  }

  @Test
  void verify_ctxSignatureWithHighS_throwsMalleable() {
    SigningKey key = SigningKey.generate(KeyType.ED25519, SigningKeyPropertiesTest.seeded(7));
    Ed25519Variant variant = Ed25519Variant.ctx(FOO);
    byte[] sig = key.sign(MESSAGE, variant).toByteArray();
    // S + L: the same point equation, but not the canonical S.
    int carry = 0;
    byte[] order = Bytes.fromHex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010").toByteArray();
    for (int i = 0; i < 32; i++) {
      int sum = (sig[32 + i] & 0xff) + (order[i] & 0xff) + carry;
      sig[32 + i] = (byte) sum;
      carry = sum >>> 8;
    }
    Signature malleated = Signature.of(KeyType.ED25519, sig);
    assertThatThrownBy(() -> key.publicKey().verify(MESSAGE, malleated, variant))
        .isInstanceOfSatisfying(
            CryptoException.class,
            e -> assertThat(e.code()).isEqualTo(CryptoException.Code.SIGNATURE_MALLEABLE));
  }

  /** A stand-in for a hardware signer that implements only the abstract methods. */
  private record PureOnlySigner(SigningKey key) implements Signer {
    @Override
    public KeyType keyType() {
      return key.keyType();
    }

    @Override
    public PublicKey publicKey() {
      return key.publicKey();
    }

    @Override
    public Signature sign(byte[] message) {
      return key.sign(message);
    }
  }
}
