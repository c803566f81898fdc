package io.depin.devices.hsm;

import io.depin.core.DecodingException;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;
import io.depin.devices.hsm.internal.LowS;
import io.depin.devices.hsm.internal.SunPkcs11;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;

/**
 * A {@link Signer} whose private key lives in a PKCS#11 token; get one from {@link
 * Pkcs11Token#generateKey} or {@link Pkcs11Token#signer}.
 *
 * {@snippet :
 * Pkcs11Signer signer = token.signer("device-7");
 * Signature sig = signer.sign(payload);          // ECDSA over SHA-256(payload), in the token
 * signer.publicKey().verify(payload, sig);
 * }
 *
 * <p>Each call to {@link #sign(byte[])} has the token compute {@code SHA256withECDSA}, converts its
 * DER signature to the 64-byte {@code r||s} form, puts secp256k1 signatures in low-S form (which
 * this SDK requires for secp256k1), and verifies the result against the public key before returning
 * it, so a faulty token or a key replaced under the alias cannot go unnoticed. P-256 signatures are
 * returned with the {@code s} the token chose, which P-256 verification accepts.
 *
 * <p>Instances are thread-safe; they sign while the {@link Pkcs11Token} they came from is logged in.
 *
 * @since 0.1.0
 */
public final class Pkcs11Signer implements Signer {
  private final String alias;
  private final Provider provider;
  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  Pkcs11Signer(String alias, Provider provider, PrivateKey privateKey, PublicKey publicKey) {
    this.alias = alias;
    this.provider = provider;
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** {@return the key's name in the token} */
  public String alias() {
    return alias;
  }

  @Override
  public KeyType keyType() {
    return publicKey.keyType();
  }

  @Override
  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Signs in the token: ECDSA over SHA-256 of {@code message}.
   *
   * @param message the bytes to sign
   * @return the signature, low-S for secp256k1
   * @throws CryptoException with {@link CryptoException.Code#SIGNER_FAILED} if the token refuses
   *     or fails to sign, for example after logout or when the device is removed (the message
   *     names the PKCS#11 error code), or with {@link CryptoException.Code#INVALID_SIGNATURE} if
   *     it returns a signature that is malformed or does not verify with {@link #publicKey()}
   * @throws IllegalStateException if the token's provider offers no SHA256withECDSA
   */
  @Override
  public Signature sign(byte[] message) throws CryptoException {
    byte[] der;
    try {
      java.security.Signature engine =
          java.security.Signature.getInstance("SHA256withECDSA", provider);
      engine.initSign(privateKey);
      engine.update(message);
      der = engine.sign();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the PKCS#11 token offers no SHA256withECDSA", e);
    } catch (GeneralSecurityException | ProviderException e) {
      throw new CryptoException(
          CryptoException.Code.SIGNER_FAILED,
          "the PKCS#11 token failed to sign with key '" + alias + "': " + SunPkcs11.rootMessage(e));
    }
    Signature signature;
    try {
      signature = Signature.fromDer(keyType(), der);
    } catch (DecodingException e) {
      throw new CryptoException(
          CryptoException.Code.INVALID_SIGNATURE,
          "the PKCS#11 token returned a malformed signature for key '" + alias + "': "
              + e.getMessage());
    }
    if (keyType() == KeyType.SECP256K1) {
      signature = Signature.of(KeyType.SECP256K1, LowS.secp256k1(signature.toByteArray()));
    }
    publicKey.verify(message, signature);
    return signature;
  }

  /** {@return the alias and the public key} */
  @Override
  public String toString() {
    return "Pkcs11Signer[" + alias + ", " + publicKey + "]";
  }
}
