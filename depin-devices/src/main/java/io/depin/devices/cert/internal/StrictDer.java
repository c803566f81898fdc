package io.depin.devices.cert.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/** Reads one DER SEQUENCE and accepts it only if it is the single canonical DER encoding. */
public final class StrictDer {
  private StrictDer() {}

  /**
   * Parses {@code der} as exactly one canonical DER SEQUENCE of at most {@code maxBytes} bytes.
   *
   * @param der the input
   * @param maxBytes the size limit, checked before parsing
   * @param what what the input should be, for messages
   * @return the fully parsed sequence
   */
  public static ASN1Sequence sequence(byte[] der, int maxBytes, String what) {
    if (der.length == 0) {
      throw new DecodingException(Reason.EMPTY, "the " + what + " is empty");
    }
    if (der.length > maxBytes) {
      throw new DecodingException(
          Reason.TOO_LONG, "the " + what + " has " + der.length + " bytes; the limit is " + maxBytes);
    }
    ASN1Primitive primitive;
    byte[] canonical;
    try {
      primitive = ASN1Primitive.fromByteArray(der);
      // Forces the lazily parsed content and re-encodes it canonically.
      canonical = primitive.getEncoded(ASN1Encoding.DER);
    } catch (IOException | RuntimeException e) {
      throw new DecodingException(Reason.MALFORMED, "the " + what + " is not valid DER", e);
    }
    if (!(primitive instanceof ASN1Sequence sequence)) {
      throw new DecodingException(Reason.MALFORMED, "the " + what + " is not a DER SEQUENCE");
    }
    if (!Arrays.equals(canonical, der)) {
      throw new DecodingException(Reason.NON_CANONICAL, "the " + what + " is not canonical DER");
    }
    return sequence;
  }

  /**
   * Wraps a parse failure of BouncyCastle's structure classes in a {@link DecodingException}.
   *
   * @param what what was being parsed
   * @param cause the failure
   * @return the exception to throw
   */
  public static DecodingException malformed(String what, Throwable cause) {
    return new DecodingException(Reason.MALFORMED, "the " + what + " is malformed", cause);
  }
}
