package io.depin.devices.hsm;

import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.devices.hsm.internal.KeyHolderCertificate;
import io.depin.devices.hsm.internal.SunPkcs11;
import java.io.IOException;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.security.auth.login.LoginException;
import org.jspecify.annotations.Nullable;

/**
 * A logged-in session with a PKCS#11 token (an HSM, a smart card, a secure element with a PKCS#11
 * library, or SoftHSM2), through the JDK's SunPKCS11 provider. It generates signing keys inside the
 * token and hands out {@link Pkcs11Signer}s for them; private keys never leave the token.
 *
 * {@snippet :
 * char[] pin = readPinFromOperator();
 * try (Pkcs11Token token = Pkcs11Token.login(config, pin)) {
 *   Pkcs11Signer signer = token.generateKey("device-7", KeyType.P256);
 *   Signature sig = signer.sign(payload);
 *   signer.publicKey().verify(payload, sig);
 * } finally {
 *   Arrays.fill(pin, '\0');
 * }
 * }
 *
 * <p>Keys are ECDSA keys on P-256 or secp256k1, generated with {@code CKM_EC_KEY_PAIR_GEN} as
 * token objects with {@code CKA_SENSITIVE = true}, {@code CKA_EXTRACTABLE = false} and {@code
 * CKA_PRIVATE = true}. Each is stored under its alias ({@code CKA_LABEL}) next to a self-signed
 * certificate that carries the public key; the JDK's PKCS#11 key store needs that certificate to name
 * the key, and it states no trust. Ed25519 keys are not supported: the JDK's SunPKCS11 provider (up to
 * JDK 25 at least) has no EdDSA key pair generator or signature, even when the token offers {@code
 * CKM_EC_EDWARDS_KEY_PAIR_GEN} and {@code CKM_EDDSA}.
 *
 * <p>The PIN is used to log in and then forgotten: it appears in no field, message or log. PKCS#11
 * login state belongs to the process and the token, not to one session object: {@link #close()}
 * logs out every {@code Pkcs11Token} of the same token in this JVM, so open one per token. Methods
 * are thread-safe.
 *
 * @since 0.1.0
 */
public final class Pkcs11Token implements AutoCloseable {
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Provider provider;
  private final KeyStore keyStore;
  private final String where;

  private Pkcs11Token(Provider provider, KeyStore keyStore, String where) {
    this.provider = provider;
    this.keyStore = keyStore;
    this.where = where;
  }

  /**
   * Loads the PKCS#11 library, opens the token in the configured slot and logs in as the user.
   *
   * <p>The PIN is copied, the copy is cleared after login, and it is never kept; the caller clears
   * {@code pin} when it no longer needs it.
   *
   * @param config the library and the slot
   * @param pin the user PIN
   * @return the logged-in token
   * @throws IllegalStateException if the library cannot be loaded, the slot holds no token, or the
   *     token rejects the PIN; the message names the PKCS#11 error code (for example {@code
   *     CKR_PIN_INCORRECT}) and never the PIN
   */
  public static Pkcs11Token login(Pkcs11Config config, char[] pin) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(pin, "pin");
    String where = config.library() + " " + slotText(config);
    Provider provider =
        SunPkcs11.provider(
            SunPkcs11.configText(
                config.library().toString(), config.slot(), config.slotListIndex()),
            where);
    char[] copy = pin.clone();
    try {
      KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
      keyStore.load(null, copy);
      return new Pkcs11Token(provider, keyStore, where);
    } catch (IOException e) {
      throw new IllegalStateException(
          "login to the PKCS#11 token at " + where + " failed: " + SunPkcs11.rootMessage(e), e);
    } catch (GeneralSecurityException | ProviderException e) {
      throw new IllegalStateException(
          "cannot open the key store of the PKCS#11 token at " + where + ": "
              + SunPkcs11.rootMessage(e),
          e);
    } finally {
      Arrays.fill(copy, '\0');
    }
  }

  private static String slotText(Pkcs11Config config) {
    return config.slot().isPresent()
        ? "slot " + config.slot().getAsLong()
        : "slot list index " + config.slotListIndex().orElseThrow();
  }

  /**
   * Generates a key pair inside the token and stores it under {@code alias}. The private key is
   * sensitive and not extractable; only its public half leaves the token.
   *
   * @param alias the key's name in the token: 1 to 64 characters from {@code [A-Za-z0-9._-]}
   * @param keyType {@link KeyType#P256} or {@link KeyType#SECP256K1}
   * @return a signer for the new key
   * @throws IllegalArgumentException if the alias is malformed
   * @throws UnsupportedOperationException for {@link KeyType#ED25519}, which SunPKCS11 cannot
   *     generate or sign with
   * @throws IllegalStateException if the token already holds a key under {@code alias}, cannot
   *     generate a key on that curve, or fails to store it
   */
  public synchronized Pkcs11Signer generateKey(String alias, KeyType keyType) {
    checkAlias(alias);
    String curve =
        switch (keyType) {
          case P256 -> "secp256r1";
          case SECP256K1 -> "secp256k1";
          case ED25519 ->
              throw new UnsupportedOperationException(
                  "Ed25519 keys cannot be used through the JDK's SunPKCS11 provider: it has no"
                      + " EdDSA (CKM_EC_EDWARDS_KEY_PAIR_GEN, CKM_EDDSA) support");
        };
    try {
      if (keyStore.containsAlias(alias)) {
        throw new IllegalStateException(
            "the PKCS#11 token at " + where + " already holds a key named '" + alias + "'");
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
      generator.initialize(new ECGenParameterSpec(curve));
      KeyPair pair = generator.generateKeyPair();
      X509Certificate certificate =
          KeyHolderCertificate.create(alias, pair.getPublic(), pair.getPrivate(), provider);
      keyStore.setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {certificate});
      return new Pkcs11Signer(
          alias, provider, pair.getPrivate(), publicKey(alias, certificate, keyType));
    } catch (InvalidAlgorithmParameterException | ProviderException e) {
      throw new IllegalStateException(
          "the PKCS#11 token at " + where + " cannot generate a " + keyType + " key: "
              + SunPkcs11.rootMessage(e),
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the PKCS#11 token at " + where + " failed to store key '" + alias + "': "
              + SunPkcs11.rootMessage(e),
          e);
    }
  }

  /**
   * Returns a signer for a key the token already holds, made by {@link #generateKey} or stored with
   * a certificate by another PKCS#11 tool under that label.
   *
   * @param alias the key's name in the token
   * @return the signer
   * @throws IllegalArgumentException if the alias is malformed or the token holds no private key
   *     under it
   * @throws IllegalStateException if the key is not a P-256 or secp256k1 key, or the token fails
   */
  public synchronized Pkcs11Signer signer(String alias) {
    checkAlias(alias);
    try {
      Key key = keyStore.getKey(alias, null);
      Certificate certificate = keyStore.getCertificate(alias);
      if (!(key instanceof PrivateKey privateKey) || certificate == null) {
        throw new IllegalArgumentException(
            "the PKCS#11 token at " + where + " holds no private key named '" + alias + "'");
      }
      return new Pkcs11Signer(alias, provider, privateKey, publicKey(alias, certificate, null));
    } catch (GeneralSecurityException | ProviderException e) {
      throw new IllegalStateException(
          "the PKCS#11 token at " + where + " failed to read key '" + alias + "': "
              + SunPkcs11.rootMessage(e),
          e);
    }
  }

  /**
   * Deletes a key and its certificate from the token.
   *
   * @param alias the key's name in the token
   * @return whether the token held a key under {@code alias}
   * @throws IllegalArgumentException if the alias is malformed
   * @throws IllegalStateException if the token fails to delete it
   */
  public synchronized boolean deleteKey(String alias) {
    checkAlias(alias);
    try {
      if (!keyStore.containsAlias(alias)) {
        return false;
      }
      keyStore.deleteEntry(alias);
      return true;
    } catch (KeyStoreException | ProviderException e) {
      throw new IllegalStateException(
          "the PKCS#11 token at " + where + " failed to delete key '" + alias + "': "
              + SunPkcs11.rootMessage(e),
          e);
    }
  }

  private PublicKey publicKey(String alias, Certificate certificate, @Nullable KeyType expected) {
    PublicKey key;
    try {
      key = PublicKey.fromSpkiDer(certificate.getPublicKey().getEncoded());
    } catch (DecodingException e) {
      throw new IllegalStateException(
          "key '" + alias + "' in the PKCS#11 token at " + where
              + " is not a P-256 or secp256k1 key: " + e.getMessage(),
          e);
    }
    if (!key.keyType().isEcdsa() || (expected != null && key.keyType() != expected)) {
      throw new IllegalStateException(
          "key '" + alias + "' in the PKCS#11 token at " + where + " is a " + key.keyType()
              + " key, which this signer cannot use");
    }
    return key;
  }

  private static void checkAlias(String alias) {
    if (!ALIAS.matcher(alias).matches()) {
      throw new IllegalArgumentException(
          "a key alias has 1 to 64 characters from [A-Za-z0-9._-]: '" + alias + "'");
    }
  }

  /**
   * Logs out of the token. Signers from this token fail afterwards, and so do those of any other
   * {@code Pkcs11Token} of the same token in this JVM.
   *
   * @throws IllegalStateException if the token fails to log out
   */
  @Override
  public synchronized void close() {
    try {
      ((AuthProvider) provider).logout();
    } catch (LoginException e) {
      throw new IllegalStateException(
          "logout from the PKCS#11 token at " + where + " failed: " + SunPkcs11.rootMessage(e), e);
    }
  }

  /** {@return the library and slot of the token; never the PIN} */
  @Override
  public String toString() {
    return "Pkcs11Token[" + where + "]";
  }
}
