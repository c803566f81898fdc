package io.depin.devices.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.EcdsaPolicy;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.Signature;
import io.depin.devices.hsm.internal.SunPkcs11;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.Provider;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Runs against real SoftHSM2 tokens; see {@link SoftHsm}. */
class Pkcs11TokenTest {
  private static final AtomicInteger ALIASES = new AtomicInteger();
  private static final byte[] MESSAGE = "uptime proof, epoch 42".getBytes(StandardCharsets.UTF_8);
  private static final BigInteger SECP256K1_HALF_N =
      new BigInteger("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0", 16);

  private static Pkcs11Token login() {
    return Pkcs11Token.login(SoftHsm.config(SoftHsm.KEYS_LABEL), SoftHsm.USER_PIN.toCharArray());
  }

  private static String newAlias() {
    return "test-key-" + ALIASES.incrementAndGet();
  }

  @Test
  void generateKey_p256_signsInTokenAndVerifiesWithPublicKey() throws Exception {
    try (Pkcs11Token token = login()) {
      Pkcs11Signer signer = token.generateKey(newAlias(), KeyType.P256);

      Signature sig = signer.sign(MESSAGE);

      assertThat(signer.keyType()).isEqualTo(KeyType.P256);
      assertThat(signer.publicKey().keyType()).isEqualTo(KeyType.P256);
      assertThat(sig.keyType()).isEqualTo(KeyType.P256);
      signer.publicKey().verify(MESSAGE, sig);
      assertThatThrownBy(() -> signer.publicKey().verify("other".getBytes(StandardCharsets.UTF_8), sig))
          .isInstanceOf(io.depin.core.crypto.CryptoException.class);
    }
  }

  @Test
  void generateKey_secp256k1_signaturesAreLowSAndVerifyStrictly() throws Exception {
    try (Pkcs11Token token = login()) {
      Pkcs11Signer signer = token.generateKey(newAlias(), KeyType.SECP256K1);
      List<Integer> failing = new ArrayList<>();

      // A token picks high S about half the time, so 32 signatures exercise the normalisation.
      for (int i = 0; i < 32; i++) {
        byte[] message = ("reading " + i).getBytes(StandardCharsets.UTF_8);
        Signature sig = signer.sign(message);
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig.toByteArray(), 32, 64));
        try {
          signer.publicKey().verify(message, sig, EcdsaPolicy.STRICT_LOW_S);
        } catch (io.depin.core.crypto.CryptoException e) {
          failing.add(i);
        }
        if (s.compareTo(SECP256K1_HALF_N) > 0) {
          failing.add(i);
        }
      }

      assertThat(signer.keyType()).isEqualTo(KeyType.SECP256K1);
      assertThat(failing).isEmpty();
    }
  }

  @Test
  void generateKey_ed25519_throwsUnsupported() {
    try (Pkcs11Token token = login()) {
      assertThatThrownBy(() -> token.generateKey(newAlias(), KeyType.ED25519))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("SunPKCS11")
          .hasMessageContaining("CKM_EDDSA");
    }
  }

  @Test
  void generateKey_privateKeyInToken_isSensitiveAndNotExtractable() throws Exception {
    String alias = newAlias();
    Pkcs11Config config = SoftHsm.config(SoftHsm.KEYS_LABEL);
    try (Pkcs11Token token = login()) {
      token.generateKey(alias, KeyType.P256);

      Provider provider =
          SunPkcs11.provider(
              SunPkcs11.configText(config.library().toString(), config.slot(), config.slotListIndex()),
              "test");
      KeyStore raw = KeyStore.getInstance("PKCS11", provider);
      raw.load(null, SoftHsm.USER_PIN.toCharArray());
      Key key = raw.getKey(alias, null);

      assertThat(key).isNotNull();
      assertThat(key.getEncoded()).isNull();
      assertThatThrownBy(
              () -> KeyFactory.getInstance("EC", provider).getKeySpec(key, ECPrivateKeySpec.class))
          .isInstanceOf(InvalidKeySpecException.class);
    }
  }

  @Test
  void signer_afterLoginAgain_signsWithTheStoredKey() throws Exception {
    String alias = newAlias();
    Pkcs11Signer generated;
    try (Pkcs11Token token = login()) {
      generated = token.generateKey(alias, KeyType.P256);
    }

    try (Pkcs11Token token = login()) {
      Pkcs11Signer loaded = token.signer(alias);
      Signature sig = loaded.sign(MESSAGE);

      assertThat(loaded.publicKey()).isEqualTo(generated.publicKey());
      assertThat(loaded.alias()).isEqualTo(alias);
      generated.publicKey().verify(MESSAGE, sig);
    }
  }

  @Test
  void signer_secp256k1Stored_hasSecp256k1Type() {
    String alias = newAlias();
    try (Pkcs11Token token = login()) {
      Pkcs11Signer generated = token.generateKey(alias, KeyType.SECP256K1);

      assertThat(token.signer(alias).publicKey()).isEqualTo(generated.publicKey());
    }
  }

  @Test
  void generateKey_aliasTaken_throwsIllegalState() {
    String alias = newAlias();
    try (Pkcs11Token token = login()) {
      token.generateKey(alias, KeyType.P256);

      assertThatThrownBy(() -> token.generateKey(alias, KeyType.P256))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already holds a key named '" + alias + "'");
    }
  }

  @Test
  void generateKey_malformedAlias_throwsIllegalArgument() {
    try (Pkcs11Token token = login()) {
      assertThatThrownBy(() -> token.generateKey("CN=x, O=y", KeyType.P256))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> token.generateKey("", KeyType.P256))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void signer_unknownAlias_throwsIllegalArgument() {
    try (Pkcs11Token token = login()) {
      assertThatThrownBy(() -> token.signer("no-such-key"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no private key named 'no-such-key'");
    }
  }

  @Test
  void deleteKey_existingKey_removesIt() {
    String alias = newAlias();
    try (Pkcs11Token token = login()) {
      token.generateKey(alias, KeyType.P256);

      assertThat(token.deleteKey(alias)).isTrue();
      assertThat(token.deleteKey(alias)).isFalse();
      assertThatThrownBy(() -> token.signer(alias)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void sign_afterLogout_throwsSignerFailedNamingTheError() {
    Pkcs11Signer signer;
    try (Pkcs11Token token = login()) {
      signer = token.generateKey(newAlias(), KeyType.P256);
    }

    assertThatThrownBy(() -> signer.sign(MESSAGE))
        .isInstanceOfSatisfying(
            CryptoException.class, e -> assertThat(e.code()).isEqualTo(CryptoException.Code.SIGNER_FAILED))
        .hasMessageContaining(signer.alias())
        .hasMessageContaining("CKR_");
  }

  @Test
  void login_wrongPin_failsWithPkcs11CodeAndNeverThePin() {
    String wrongPin = "80417953";
    Pkcs11Config config = SoftHsm.config(SoftHsm.PIN_LABEL);

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> Pkcs11Token.login(config, wrongPin.toCharArray()));

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CKR_PIN_INCORRECT")
        .hasMessageContaining("slot " + config.slot().getAsLong());
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(wrongPin);
      assertThat(t.toString()).doesNotContain(wrongPin);
    }
  }

  @Test
  void login_rightPin_leavesCallerPinAndHidesItFromToString() {
    char[] pin = SoftHsm.USER_PIN.toCharArray();
    Pkcs11Config config = SoftHsm.config(SoftHsm.PIN_LABEL);

    try (Pkcs11Token token = Pkcs11Token.login(config, pin)) {
      assertThat(token.toString()).doesNotContain(SoftHsm.USER_PIN);
    }
    assertThat(new String(pin)).isEqualTo(SoftHsm.USER_PIN);
  }

  @Test
  void login_missingLibrary_throwsIllegalStateNamingIt() {
    Pkcs11Config config =
        Pkcs11Config.builder().library(Path.of("/nonexistent/libpkcs11.so")).slot(0).build();

    assertThatThrownBy(() -> Pkcs11Token.login(config, SoftHsm.USER_PIN.toCharArray()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nonexistent/libpkcs11.so")
        .message()
        .doesNotContain(SoftHsm.USER_PIN);
  }

  @Test
  void login_slotWithoutToken_throwsIllegalState() {
    Pkcs11Config config =
        Pkcs11Config.builder().library(SoftHsm.library()).slot(4_000_000_000L).build();

    assertThatThrownBy(() -> Pkcs11Token.login(config, SoftHsm.USER_PIN.toCharArray()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("slot 4000000000");
  }
}
