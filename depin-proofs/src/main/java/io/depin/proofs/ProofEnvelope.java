package io.depin.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signer;
import io.depin.core.json.CanonicalJson;
import io.depin.core.message.MessageType;
import io.depin.core.message.SignedMessage;
import io.depin.core.message.VerifiedMessage;
import io.depin.devices.DeviceId;
import io.depin.proofs.internal.ProofHeader;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of a proof, decoded but not verified: a {@link SignedMessage} whose type is the
 * proof kind's tag and whose payload holds device id, sequence number or nonce, timestamp and the
 * kind's body.
 *
 * <pre>{@code
 * {"payload":{"body":{...},"device":"0x…","sequence":42,"timestamp":1767225600000},
 *  "signature":"0x…","signer":{"keyType":"ed25519","publicKey":"0x…"},"type":"io.example.ping/v1"}
 * }</pre>
 *
 * <p>The timestamp is in milliseconds since the epoch; the form is RFC 8785 canonical JSON. All of
 * it (kind, signer, device, token, timestamp, body) is covered by the signature.
 *
 * {@snippet :
 * ProofEnvelope envelope = ProofEnvelope.decode(wire);     // structure only
 * Verdict verdict = verifier.verify(wire);                 // everything else
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProofEnvelope {
  /** The largest wire form {@link #decode(byte[])} parses. */
  public static final int MAX_BYTES = SignedMessage.DEFAULT_MAX_JSON_BYTES;

  private final SignedMessage message;
  private final ProofHeader header;

  private ProofEnvelope(SignedMessage message, ProofHeader header) {
    this.message = message;
    this.header = header;
  }

  /**
   * Signs a proof.
   *
   * @param kind the kind's tag
   * @param device the device making the proof
   * @param token its sequence number or nonce
   * @param timestamp when it was made; truncated to milliseconds
   * @param body the kind's payload
   * @param signer the device's current key
   * @return the envelope
   * @throws CryptoException if the signer fails
   */
  public static ProofEnvelope sign(
      MessageType kind,
      DeviceId device,
      ReplayToken token,
      Instant timestamp,
      JsonNode body,
      Signer signer)
      throws CryptoException {
    ProofHeader header =
        new ProofHeader(device, token, Instant.ofEpochMilli(timestamp.toEpochMilli()), body);
    SignedMessage message = SignedMessage.sign(kind, header.write(), signer);
    return new ProofEnvelope(message, ProofHeader.read(CanonicalJson.parse(
        message.canonicalPayload().toByteArray())));
  }

  /**
   * Decodes the wire form strictly. Checks structure only; {@link ProofVerifier} checks the rest.
   *
   * @param wire the wire form, UTF-8 JSON
   * @return the envelope
   * @throws DecodingException with {@link Reason#TOO_LONG} if the input exceeds {@value
   *     #MAX_BYTES} bytes (checked before parsing), or another reason if it is not strict JSON, a
   *     member is missing, extra or invalid
   */
  public static ProofEnvelope decode(byte[] wire) {
    return decode(wire, null);
  }

  /**
   * Decodes like {@link #decode(byte[])}, taking {@code expectedSigner} as the signer when the
   * envelope names exactly that key ({@link SignedMessage#fromJson(byte[], PublicKey)}), which
   * spares decoding the key again. Same result, same exceptions.
   *
   * @param wire the wire form, UTF-8 JSON
   * @param expectedSigner the registered key of the device the proof claims, or {@code null}
   * @return the envelope
   * @throws DecodingException as {@link #decode(byte[])}
   */
  static ProofEnvelope decode(byte[] wire, @Nullable PublicKey expectedSigner) {
    Objects.requireNonNull(wire, "wire");
    if (wire.length > MAX_BYTES) {
      throw new DecodingException(Reason.TOO_LONG, "a proof is at most " + MAX_BYTES + " bytes");
    }
    SignedMessage message = SignedMessage.fromJson(wire, expectedSigner);
    ProofHeader header =
        ProofHeader.read(CanonicalJson.parse(message.canonicalPayload().toByteArray()));
    return new ProofEnvelope(message, header);
  }

  /** {@return the canonical wire form, UTF-8 JSON} */
  public byte[] encode() {
    return message.toJsonBytes();
  }

  /** {@return the kind's tag} */
  public MessageType kind() {
    return message.type();
  }

  /** {@return the device the proof claims to come from} */
  public DeviceId device() {
    return header.device();
  }

  /** {@return the proof's sequence number or nonce} */
  public ReplayToken token() {
    return header.token();
  }

  /** {@return when the proof claims to have been made} */
  public Instant timestamp() {
    return header.timestamp();
  }

  /** {@return the kind's payload as a fresh JSON tree} */
  public JsonNode body() {
    return header.body().deepCopy();
  }

  /** {@return the key the proof claims as signer} */
  public PublicKey signer() {
    return message.signer();
  }

  /**
   * Checks the signature against {@code expectedSigner} and the kind tag.
   *
   * @param expectedSigner the device's current key
   * @return the verified message
   * @throws CryptoException if another key signed or the signature does not verify
   */
  VerifiedMessage verifySignature(PublicKey expectedSigner) throws CryptoException {
    return message.verify(message.type(), expectedSigner);
  }

  /** Two envelopes are equal when their signed messages are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProofEnvelope other && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return message.hashCode();
  }

  @Override
  public String toString() {
    return "ProofEnvelope[kind=" + kind() + ", device=" + device() + ", token=" + token()
        + ", timestamp=" + timestamp() + "]";
  }
}
