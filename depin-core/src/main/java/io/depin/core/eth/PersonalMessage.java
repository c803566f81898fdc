package io.depin.core.eth;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.SigningKey;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.hash.Hasher;
import java.nio.charset.StandardCharsets;

/**
 * EIP-191 version {@code 0x45} messages, the ones {@code personal_sign} and {@code eth_sign} sign:
 * {@code keccak256("\x19Ethereum Signed Message:\n" + decimal(len(message)) + message)}.
 *
 * {@snippet :
 * EthSignature sig = PersonalMessage.sign(key, "hello".getBytes(StandardCharsets.UTF_8));
 * EthAddress who = PersonalMessage.recoverSigner("hello".getBytes(StandardCharsets.UTF_8), sig);
 * }
 *
 * @since 0.1.0
 */
public final class PersonalMessage {
  private static final byte[] PREFIX =
      "\u0019Ethereum Signed Message:\n".getBytes(StandardCharsets.US_ASCII);

  private PersonalMessage() {}

  /**
   * Computes the EIP-191 hash of a message.
   *
   * @param message the message bytes (for text, its UTF-8 encoding)
   * @return the 32-byte digest a wallet signs
   */
  public static Hash32 hash(byte[] message) {
    Hasher h = HashAlgorithm.KECCAK_256.newHasher();
    h.update(PREFIX);
    h.update(Integer.toString(message.length).getBytes(StandardCharsets.US_ASCII));
    h.update(message);
    return h.digest32();
  }

  /**
   * Signs a message as {@code personal_sign} does.
   *
   * @param key a SECP256K1 key
   * @param message the message bytes
   * @return the 65-byte signature
   */
  public static EthSignature sign(SigningKey key, byte[] message) {
    return EthSignature.sign(key, hash(message));
  }

  /**
   * Recovers the address that signed a message with {@code personal_sign}.
   *
   * @param message the message bytes
   * @param signature the signature
   * @return the signer's address
   * @throws CryptoException if no address can be recovered
   */
  public static EthAddress recoverSigner(byte[] message, EthSignature signature)
      throws CryptoException {
    return signature.recoverAddress(hash(message));
  }
}
