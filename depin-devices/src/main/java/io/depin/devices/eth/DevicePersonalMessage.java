package io.depin.devices.eth;

import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.eth.EthSignature;
import io.depin.core.eth.PersonalMessage;
import io.depin.devices.eth.DeviceMessageException.Code;
import java.util.Objects;

/**
 * EIP-191 personal messages ({@code personal_sign}) from a device, checked against the device's
 * expected address. Hashing and recovery are core's {@link PersonalMessage}.
 *
 * {@snippet :
 * EthSignature signature = DevicePersonalMessage.sign(deviceKey, payload);
 * DevicePersonalMessage.verify(payload, signature, deviceAddress);   // throws if another signer
 * }
 *
 * @since 0.1.0
 */
public final class DevicePersonalMessage {
  private DevicePersonalMessage() {}

  /**
   * Signs {@code keccak256("\x19Ethereum Signed Message:\n" || len || message)}.
   *
   * @param key a secp256k1 key
   * @param message the message bytes
   * @return the signature
   */
  public static EthSignature sign(SigningKey key, byte[] message) {
    return PersonalMessage.sign(key, message);
  }

  /**
   * Verifies that {@code expectedSigner} signed {@code message} with a low-S signature.
   *
   * @param message the message bytes
   * @param signature the signature
   * @param expectedSigner the device's address
   * @throws DeviceMessageException with {@link Code#SIGNATURE_MALLEABLE} for a high-S signature,
   *     {@link Code#INVALID_SIGNATURE} if no key can be recovered, or {@link
   *     Code#UNEXPECTED_SIGNER} if another address signed
   */
  public static void verify(byte[] message, EthSignature signature, EthAddress expectedSigner)
      throws DeviceMessageException {
    Objects.requireNonNull(expectedSigner, "expectedSigner");
    EthAddress signer = Eip712Verifier.recover(PersonalMessage.hash(message), signature);
    if (!signer.equals(expectedSigner)) {
      throw new DeviceMessageException(
          Code.UNEXPECTED_SIGNER, "the message is signed by " + signer + ", not " + expectedSigner);
    }
  }
}
