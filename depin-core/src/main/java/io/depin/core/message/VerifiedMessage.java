package io.depin.core.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import io.depin.core.json.CanonicalJson;

/**
 * The content of a {@link SignedMessage} whose signature, type and (optionally) signer were
 * checked. Only {@link SignedMessage#verify} creates one, so code that takes a {@code
 * VerifiedMessage} cannot be handed unchecked input.
 *
 * {@snippet :
 * VerifiedMessage verified = received.verify(UPTIME);
 * JsonNode report = verified.payload();
 * PublicKey device = verified.signer();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VerifiedMessage {
  private final MessageType type;
  private final PublicKey signer;
  private final Bytes canonicalPayload;

  VerifiedMessage(MessageType type, PublicKey signer, Bytes canonicalPayload) {
    this.type = type;
    this.signer = signer;
    this.canonicalPayload = canonicalPayload;
  }

  /** {@return the message type that was checked} */
  public MessageType type() {
    return type;
  }

  /** {@return the key whose signature was checked} */
  public PublicKey signer() {
    return signer;
  }

  /** {@return the payload as a fresh JSON tree (changing it changes nothing here)} */
  public JsonNode payload() {
    return CanonicalJson.parse(canonicalPayload.toByteArray());
  }

  /** {@return the payload's RFC 8785 canonical UTF-8 bytes, exactly as signed} */
  public Bytes canonicalPayload() {
    return canonicalPayload;
  }

  @Override
  public String toString() {
    return "VerifiedMessage[type=" + type + ", signer=" + signer + "]";
  }
}
