package io.depin.devices.eth;

import io.depin.core.eth.EthAddress;

/**
 * An EIP-712 message whose signature, domain and nonce an {@link Eip712Verifier} accepted. Only a
 * verifier creates one, so code that takes this type knows the checks were made.
 *
 * {@snippet :
 * VerifiedEip712Message verified = verifier.verify(message, signature, deviceAddress);
 * process(verified.message(), verified.signer());
 * }
 *
 * @since 0.1.0
 */
public final class VerifiedEip712Message {
  private final Eip712Message message;
  private final EthAddress signer;

  VerifiedEip712Message(Eip712Message message, EthAddress signer) {
    this.message = message;
    this.signer = signer;
  }

  /** {@return the verified message} */
  public Eip712Message message() {
    return message;
  }

  /** {@return the address that signed it} */
  public EthAddress signer() {
    return signer;
  }

  /** {@return the signer and the message} */
  @Override
  public String toString() {
    return "VerifiedEip712Message[" + signer + ", " + message + "]";
  }
}
