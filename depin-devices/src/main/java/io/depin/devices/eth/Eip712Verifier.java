package io.depin.devices.eth;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.eth.EthAddress;
import io.depin.core.eth.EthSignature;
import io.depin.devices.eth.DeviceMessageException.Code;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Verifies EIP-712 device messages for one expected domain, optionally with a replay guard.
 *
 * <p>{@link #verify(Eip712Message, EthSignature, EthAddress)} checks, in this order, and throws
 * {@link DeviceMessageException} with the first rule broken:
 *
 * <ol>
 *   <li>the message's chain id is the expected one ({@link Code#CHAIN_ID_MISMATCH});
 *   <li>its verifying contract is the expected one ({@link Code#VERIFYING_CONTRACT_MISMATCH});
 *   <li>its name, version and salt are the expected ones ({@link Code#DOMAIN_MISMATCH});
 *   <li>the signature has low {@code s}, EIP-2 ({@link Code#SIGNATURE_MALLEABLE}), and a key can
 *       be recovered from it ({@link Code#INVALID_SIGNATURE});
 *   <li>the recovered address is the expected signer ({@link Code#UNEXPECTED_SIGNER});
 *   <li>with a {@link NonceTracker}: the message has a nonce ({@link Code#NONCE_MISSING}) that the
 *       tracker accepts ({@link Code#NONCE_REPLAYED}, {@link Code#NONCE_OUT_OF_WINDOW}). The nonce
 *       is consumed only after every other check passed.
 * </ol>
 *
 * {@snippet :
 * Eip712Verifier verifier = Eip712Verifier.withNonces(expectedDomain, new InMemoryNonceTracker(1024));
 * try {
 *   VerifiedEip712Message ok = verifier.verify(message, signature, deviceAddress);
 * } catch (DeviceMessageException e) {
 *   reject(e.code());
 * }
 * }
 *
 * <p>Thread-safe if its tracker is.
 *
 * @since 0.1.0
 */
public final class Eip712Verifier {
  private final Eip712Domain expectedDomain;
  private final @Nullable NonceTracker nonces;

  private Eip712Verifier(Eip712Domain expectedDomain, @Nullable NonceTracker nonces) {
    this.expectedDomain = Objects.requireNonNull(expectedDomain, "expectedDomain");
    this.nonces = nonces;
  }

  /**
   * Returns a verifier that requires a nonce in every message and rejects reused ones.
   *
   * @param expectedDomain the only domain accepted
   * @param nonces the replay guard
   * @return the verifier
   */
  public static Eip712Verifier withNonces(Eip712Domain expectedDomain, NonceTracker nonces) {
    return new Eip712Verifier(expectedDomain, Objects.requireNonNull(nonces, "nonces"));
  }

  /**
   * Returns a verifier that does not look at nonces, for messages that are replay-safe by other
   * means (or for tests against published vectors, which have none).
   *
   * @param expectedDomain the only domain accepted
   * @return the verifier
   */
  public static Eip712Verifier ignoringNonces(Eip712Domain expectedDomain) {
    return new Eip712Verifier(expectedDomain, null);
  }

  /**
   * Checks the domain and the signature and returns the signer's address, without comparing it to
   * an expected one and without consuming a nonce.
   *
   * @param message the message
   * @param signature its signature
   * @return the address that signed the message
   * @throws DeviceMessageException if the domain differs from the expected one or the signature
   *     is high-S or invalid
   */
  public EthAddress recoverSigner(Eip712Message message, EthSignature signature)
      throws DeviceMessageException {
    checkDomain(message.domain());
    return recover(message.digest(), signature);
  }

  /**
   * Verifies a message: see the class description for the rules.
   *
   * @param message the message
   * @param signature its signature
   * @param expectedSigner the device's address
   * @return the verified message
   * @throws DeviceMessageException with the first rule broken
   */
  public VerifiedEip712Message verify(
      Eip712Message message, EthSignature signature, EthAddress expectedSigner)
      throws DeviceMessageException {
    Objects.requireNonNull(expectedSigner, "expectedSigner");
    EthAddress signer = recoverSigner(message, signature);
    if (!signer.equals(expectedSigner)) {
      throw new DeviceMessageException(
          Code.UNEXPECTED_SIGNER, "the message is signed by " + signer + ", not " + expectedSigner);
    }
    if (nonces != null) {
      OptionalLong nonce = message.nonce();
      if (nonce.isEmpty()) {
        throw new DeviceMessageException(Code.NONCE_MISSING, "the message has no nonce field");
      }
      nonces.consume(signer, nonce.getAsLong());
    }
    return new VerifiedEip712Message(message, signer);
  }

  private void checkDomain(Eip712Domain actual) throws DeviceMessageException {
    if (actual.chainId() != expectedDomain.chainId()) {
      throw new DeviceMessageException(
          Code.CHAIN_ID_MISMATCH,
          "the message is for chain " + actual.chainId() + ", not " + expectedDomain.chainId());
    }
    if (!actual.verifyingContract().equals(expectedDomain.verifyingContract())) {
      throw new DeviceMessageException(
          Code.VERIFYING_CONTRACT_MISMATCH,
          "the message is for contract " + actual.verifyingContract() + ", not "
              + expectedDomain.verifyingContract());
    }
    if (!actual.equals(expectedDomain)) {
      throw new DeviceMessageException(
          Code.DOMAIN_MISMATCH, "the message's domain name, version or salt is not the expected one");
    }
  }

  static EthAddress recover(Hash32 digest, EthSignature signature) throws DeviceMessageException {
    try {
      return signature.recoverAddress(digest);
    } catch (CryptoException e) {
      Code code = e.code() == CryptoException.Code.SIGNATURE_MALLEABLE
          ? Code.SIGNATURE_MALLEABLE
          : Code.INVALID_SIGNATURE;
      throw new DeviceMessageException(code, "the signature is rejected: " + e.getMessage());
    }
  }
}
