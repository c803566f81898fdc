package io.depin.devices.attestation;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceId;
import io.depin.devices.cert.Certificate;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A device's answer to an {@link AttestationChallenge}: its signed {@link AttestationStatement}
 * and its device certificate. Nothing in it is trusted until {@link AttestationVerifier#verify}
 * accepts it.
 *
 * <p>Binary form ({@link #toBytes()}), at most {@value #MAX_BYTES} bytes:
 *
 * <pre>
 *   u8  version (1)
 *   32  nonce || 32 device id || 32 firmware hash
 *   i64 time in milliseconds since the epoch (big-endian)
 *   u8  key type (1 = Ed25519, 2 = secp256k1, 3 = P-256) || 64 signature (raw)
 *   u16 certificate length (big-endian) || certificate DER
 * </pre>
 *
 * {@snippet :
 * // on the device
 * AttestationResponse response = AttestationResponse.create(
 *     challenge, deviceId, firmwareHash, clock.instant(), deviceKey, deviceCertificate);
 * byte[] wire = response.toBytes();
 * // at the verifier
 * VerifiedAttestation ok = verifier.verify(AttestationResponse.fromBytes(wire), makerCa);
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AttestationResponse {
  /** The largest binary form accepted. */
  public static final int MAX_BYTES = 1 + 3 * 32 + 8 + 1 + 64 + 2 + Certificate.MAX_DER_BYTES;

  private static final int VERSION = 1;
  private static final int FIXED_BYTES = 1 + 3 * 32 + 8 + 1 + 64 + 2;

  private final AttestationStatement statement;
  private final Signature signature;
  private final Certificate deviceCertificate;

  private AttestationResponse(
      AttestationStatement statement, Signature signature, Certificate deviceCertificate) {
    this.statement = statement;
    this.signature = signature;
    this.deviceCertificate = deviceCertificate;
  }

  /**
   * Answers a challenge: signs a statement with the device's key.
   *
   * @param challenge the verifier's challenge
   * @param deviceId the device's id
   * @param firmwareHash the hash of the running firmware
   * @param now the device's time; truncated to milliseconds
   * @param deviceKey the device's key, the one its certificate certifies
   * @param deviceCertificate the device's certificate
   * @return the response
   * @throws CryptoException if the key fails to sign
   */
  public static AttestationResponse create(
      AttestationChallenge challenge,
      DeviceId deviceId,
      Hash32 firmwareHash,
      Instant now,
      Signer deviceKey,
      Certificate deviceCertificate)
      throws CryptoException {
    AttestationStatement statement =
        new AttestationStatement(
            challenge.nonce(), deviceId, firmwareHash, now.truncatedTo(ChronoUnit.MILLIS));
    return of(statement, deviceKey.sign(statement.signingInput()), deviceCertificate);
  }

  /**
   * Assembles a response from parts made elsewhere (a device that cannot run this SDK).
   *
   * @param statement the statement
   * @param signature the device's signature over {@link AttestationStatement#signingInput()}
   * @param deviceCertificate the device's certificate
   * @return the response
   */
  public static AttestationResponse of(
      AttestationStatement statement, Signature signature, Certificate deviceCertificate) {
    return new AttestationResponse(
        Objects.requireNonNull(statement, "statement"),
        Objects.requireNonNull(signature, "signature"),
        Objects.requireNonNull(deviceCertificate, "deviceCertificate"));
  }

  /**
   * Decodes the binary form.
   *
   * @param bytes the encoding, at most {@value #MAX_BYTES} bytes
   * @return the response, not yet verified
   * @throws DecodingException if the input is too long, truncated, has trailing bytes, an unknown
   *     version or key type, or a malformed certificate
   */
  public static AttestationResponse fromBytes(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new DecodingException(
          Reason.TOO_LONG, "a response has at most " + MAX_BYTES + " bytes, not " + bytes.length);
    }
    if (bytes.length < FIXED_BYTES) {
      throw new DecodingException(Reason.MALFORMED, "a response is truncated");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.get() != VERSION) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "unknown response version");
    }
    Bytes nonce = Bytes.of(bytes, in.position(), 32);
    in.position(in.position() + 32);
    DeviceId deviceId = new DeviceId(Hash32.of(bytes, in.position()));
    in.position(in.position() + 32);
    Hash32 firmware = Hash32.of(bytes, in.position());
    in.position(in.position() + 32);
    long millis = in.getLong();
    KeyType keyType = KeyType.fromCode(in.get());
    byte[] raw = new byte[64];
    in.get(raw);
    int certLength = Short.toUnsignedInt(in.getShort());
    if (certLength != in.remaining()) {
      throw new DecodingException(
          Reason.MALFORMED, "the certificate length does not match the remaining bytes");
    }
    byte[] cert = new byte[certLength];
    in.get(cert);
    AttestationStatement statement =
        new AttestationStatement(nonce, deviceId, firmware, Instant.ofEpochMilli(millis));
    return new AttestationResponse(statement, Signature.of(keyType, raw), Certificate.fromDer(cert));
  }

  /** {@return the binary form; see the class documentation} */
  public byte[] toBytes() {
    byte[] cert = deviceCertificate.toDer();
    ByteBuffer out = ByteBuffer.allocate(FIXED_BYTES + cert.length);
    out.put((byte) VERSION);
    out.put(statement.nonce().toByteArray());
    out.put(statement.deviceId().value().toByteArray());
    out.put(statement.firmwareHash().toByteArray());
    out.putLong(statement.time().toEpochMilli());
    out.put((byte) signature.keyType().code());
    out.put(signature.toByteArray());
    out.putShort((short) cert.length);
    out.put(cert);
    return out.array();
  }

  /** {@return the statement, not verified} */
  public AttestationStatement statement() {
    return statement;
  }

  /** {@return the signature over the statement, not verified} */
  public Signature signature() {
    return signature;
  }

  /** {@return the device certificate, not validated} */
  public Certificate deviceCertificate() {
    return deviceCertificate;
  }



  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AttestationResponse other
        && statement.equals(other.statement)
        && signature.equals(other.signature)
        && deviceCertificate.equals(other.deviceCertificate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statement, signature, deviceCertificate);
  }

  /** {@return the claimed device id and the nonce} */
  @Override
  public String toString() {
    return "AttestationResponse[device=" + statement.deviceId() + ", nonce="
        + statement.nonce().toPrefixedHex() + "]";
  }
}
