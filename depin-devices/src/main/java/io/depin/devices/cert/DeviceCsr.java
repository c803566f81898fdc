package io.depin.devices.cert;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signer;
import io.depin.core.bytes.Pem;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.cert.internal.CsrCodec;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A device's PKCS#10 certification request (RFC 2986): its public key and claimed {@link
 * DeviceId}, signed by the device's own key, which never leaves the device.
 *
 * <p>The subject is a single common name holding the device id (64 lowercase hex digits, without
 * {@code 0x}); there are no attributes. Every instance has a verified self-signature: {@link
 * #create} signs one and the decoders reject one whose signature does not verify. The signature
 * proves possession of the key, not the id claim; a maker that issues from a request decides
 * whether it trusts the claim (at the factory, it usually does).
 *
 * {@snippet :
 * // on the device
 * String pem = DeviceCsr.create(deviceSigner).toPem();
 * // at the maker
 * DeviceCertificate cert = maker.issue(DeviceCsr.fromPem(pem), Duration.ofDays(3650));
 * }
 *
 * <p>Immutable and thread-safe; equal when the DER encodings are.
 *
 * @since 0.1.0
 */
public final class DeviceCsr {
  /** The largest DER encoding accepted. */
  public static final int MAX_DER_BYTES = CsrCodec.MAX_DER_BYTES;

  private static final String PEM_LABEL = "CERTIFICATE REQUEST";

  private final Bytes der;
  private final DeviceId deviceId;
  private final PublicKey publicKey;

  private DeviceCsr(Bytes der, DeviceId deviceId, PublicKey publicKey) {
    this.der = der;
    this.deviceId = deviceId;
    this.publicKey = publicKey;
  }

  /**
   * Creates the request of a new device, whose id derives from its key ({@link
   * DeviceId#fromInitialKey}).
   *
   * @param deviceSigner the device's key
   * @return the signed request
   * @throws CryptoException if the signer fails
   */
  public static DeviceCsr create(Signer deviceSigner) throws CryptoException {
    return create(DeviceId.fromInitialKey(deviceSigner.publicKey()), deviceSigner);
  }

  /**
   * Creates the request of a device that already has an id (after a key rotation, say).
   *
   * @param deviceId the device's id
   * @param deviceSigner the device's current key
   * @return the signed request
   * @throws CryptoException if the signer fails
   */
  public static DeviceCsr create(DeviceId deviceId, Signer deviceSigner) throws CryptoException {
    Objects.requireNonNull(deviceId, "deviceId");
    byte[] der = CsrCodec.create(deviceId, deviceSigner);
    return new DeviceCsr(Bytes.of(der), deviceId, deviceSigner.publicKey());
  }

  /**
   * Decodes a DER request and verifies its self-signature.
   *
   * @param der the encoding, at most {@value #MAX_DER_BYTES} bytes
   * @return the request
   * @throws DecodingException if the input is too long, not canonical DER, not a device request,
   *     or not signed by the key it carries ({@link DecodingException.Reason#INVALID_VALUE})
   */
  public static DeviceCsr fromDer(byte[] der) {
    CsrCodec.Parsed parsed = CsrCodec.parse(der);
    return new DeviceCsr(Bytes.of(der), parsed.deviceId(), parsed.publicKey());
  }

  /**
   * Decodes a PEM {@code CERTIFICATE REQUEST} block; see {@link #fromDer(byte[])}.
   *
   * @param pem the text, at most 16 KiB
   * @return the request
   * @throws DecodingException if the armor or the request is malformed or its signature false
   */
  public static DeviceCsr fromPem(CharSequence pem) {
    return fromDer(Pem.decode(pem, PEM_LABEL));
  }

  /** {@return the id the device claims} */
  public DeviceId deviceId() {
    return deviceId;
  }

  /** {@return the key to certify} */
  public PublicKey publicKey() {
    return publicKey;
  }

  /** {@return the claimed id and the key} */
  public DeviceIdentity identity() {
    return new DeviceIdentity(deviceId, publicKey);
  }

  /** {@return a copy of the DER encoding} */
  public byte[] toDer() {
    return der.toByteArray();
  }

  /** {@return the PEM {@code CERTIFICATE REQUEST} block} */
  public String toPem() {
    return Pem.encode(PEM_LABEL, der.toByteArray());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeviceCsr other && der.equals(other.der);
  }

  @Override
  public int hashCode() {
    return der.hashCode();
  }

  /** {@return the claimed device id and the key} */
  @Override
  public String toString() {
    return "DeviceCsr[device=" + deviceId + ", key=" + publicKey + "]";
  }
}
