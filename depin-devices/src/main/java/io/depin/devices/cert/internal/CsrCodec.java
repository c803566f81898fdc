package io.depin.devices.cert.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceId;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.CertificationRequestInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * PKCS#10 certification requests (RFC 2986) for devices: the subject is one common name holding
 * the device id (64 lowercase hex digits, without {@code 0x}), there are no attributes, and the request is signed
 * by the key it carries.
 */
public final class CsrCodec {
  /** The largest request accepted, checked before parsing. */
  public static final int MAX_DER_BYTES = 4 * 1024;

  private CsrCodec() {}

  /**
   * A decoded request whose self-signature verified.
   *
   * @param deviceId the id the device claims
   * @param publicKey the key it asks to have certified
   */
  public record Parsed(DeviceId deviceId, PublicKey publicKey) {}

  /**
   * Builds a request signed by the device's key.
   *
   * @param deviceId the id the device claims
   * @param signer the device's key
   * @return the DER of the request
   * @throws CryptoException if the signer fails
   */
  public static byte[] create(DeviceId deviceId, Signer signer) throws CryptoException {
    CertificationRequestInfo info =
        new CertificationRequestInfo(
            X509Builder.commonName(deviceId.value().toHex()),
            X509Builder.spki(signer.publicKey()),
            new DERSet());
    AlgorithmIdentifier algorithm = SignatureAlgorithm.identifierFor(signer.keyType());
    byte[] signature = X509Signatures.sign(signer, X509Builder.der(info));
    return X509Builder.der(new CertificationRequest(info, algorithm, new DERBitString(signature)));
  }

  /**
   * Decodes a request and verifies its self-signature.
   *
   * @param der the DER of the request
   * @return its content
   * @throws DecodingException if the input is too long, not canonical DER, not a device request,
   *     or its signature does not verify ({@link Reason#INVALID_VALUE})
   */
  public static Parsed parse(byte[] der) {
    ASN1Sequence sequence = StrictDer.sequence(der, MAX_DER_BYTES, "certification request");
    try {
      return parse(CertificationRequest.getInstance(sequence));
    } catch (DecodingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw StrictDer.malformed("certification request", e);
    }
  }

  private static Parsed parse(CertificationRequest request) throws IOException {
    CertificationRequestInfo info = request.getCertificationRequestInfo();
    if (info.getVersion().intValueExact() != 0) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "only version 1 requests are read");
    }
    if (info.getAttributes() != null && info.getAttributes().size() != 0) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "a device request has no attributes");
    }
    DeviceId deviceId = deviceId(info.getSubject());
    PublicKey key = PublicKey.fromSpkiDer(info.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER));
    if (!SignatureAlgorithm.of(request.getSignatureAlgorithm()).matches(key.keyType())) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT, "the request's signature algorithm does not fit its key");
    }
    ASN1BitString signature = request.getSignature();
    if (signature.getPadBits() != 0) {
      throw new DecodingException(Reason.MALFORMED, "the signature is not a whole number of bytes");
    }
    try {
      X509Signatures.verify(key, info.getEncoded(ASN1Encoding.DER), signature.getOctets());
    } catch (CryptoException e) {
      throw new DecodingException(
          Reason.INVALID_VALUE, "the request is not signed by the key it carries: " + e.code());
    }
    return new Parsed(deviceId, key);
  }

  private static DeviceId deviceId(X500Name subject) {
    RDN[] rdns = subject.getRDNs();
    if (rdns.length != 1 || rdns[0].isMultiValued()) {
      throw new DecodingException(
          Reason.MALFORMED, "a device request's subject is a single common name");
    }
    AttributeTypeAndValue cn = rdns[0].getFirst();
    if (!cn.getType().equals(BCStyle.CN)) {
      throw new DecodingException(
          Reason.MALFORMED, "a device request's subject is a single common name");
    }
    if (!(cn.getValue() instanceof ASN1String value)) {
      throw new DecodingException(Reason.MALFORMED, "the common name is not a string");
    }
    String text = value.getString();
    DeviceId id = DeviceId.parse("0x" + text);
    if (!id.value().toHex().equals(text)) {
      throw new DecodingException(Reason.NON_CANONICAL, "the device id is not lowercase hex");
    }
    return id;
  }
}
