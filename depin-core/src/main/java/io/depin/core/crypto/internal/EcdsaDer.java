package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;

/** Strict ASN.1 DER for ECDSA signatures: {@code SEQUENCE { INTEGER r, INTEGER s }}. */
public final class EcdsaDer {
  /** The longest DER signature for a 256-bit group: 2 + 2 * (2 + 33). */
  public static final int MAX_BYTES = 72;

  private EcdsaDer() {}

  /**
   * Encodes r||s as DER.
   *
   * @param rs 64 bytes
   * @return the DER signature
   */
  public static byte[] encode(byte[] rs) {
    byte[] r = java.util.Arrays.copyOfRange(rs, 0, 32);
    byte[] s = java.util.Arrays.copyOfRange(rs, 32, 64);
    return Der.element(DerReader.SEQUENCE, Der.unsignedInteger(r), Der.unsignedInteger(s));
  }

  /**
   * Decodes a DER signature into r||s; only the canonical minimal encoding is accepted.
   *
   * @param der the encoding
   * @return 64 bytes r||s
   */
  public static byte[] decode(byte[] der) {
    if (der.length > MAX_BYTES) {
      throw new DecodingException(
          Reason.TOO_LONG, "a DER ECDSA signature has at most 72 bytes, not " + der.length);
    }
    if (der.length == 0) {
      throw new DecodingException(Reason.EMPTY, "DER signature is empty");
    }
    DerReader seq = DerReader.single(der, DerReader.SEQUENCE);
    byte[] r = seq.readUnsignedInteger(32);
    byte[] s = seq.readUnsignedInteger(32);
    seq.expectEnd();
    byte[] rs = new byte[64];
    System.arraycopy(r, 0, rs, 32 - r.length, r.length);
    System.arraycopy(s, 0, rs, 64 - s.length, s.length);
    return rs;
  }
}
