package io.depin.core.bytes;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.util.Base64;

/**
 * Strict PEM armor (RFC 7468 "strict" textual encoding): one BEGIN line, base64 lines of exactly
 * 64 characters except the last (1 to 64), one END line with the same label; LF or CRLF line ends;
 * nothing before or after except a final line end. At least one body line is required, so an
 * empty DER value has no PEM form that {@link #decode} accepts. Keys, certificates and CSRs in every SDK module use it.
 *
 * {@snippet :
 * String pem = Pem.encode("PUBLIC KEY", spkiDer);
 * byte[] der = Pem.decode(pem, "PUBLIC KEY");   // strict: wrong label, bad base64 -> DecodingException
 * }
 *
 * @since 0.1.0
 */
public final class Pem {
  /** The largest PEM text accepted, checked before parsing. */
  public static final int MAX_CHARS = 16 * 1024;

  private Pem() {}

  /**
   * Armors DER bytes.
   *
   * @param label the label, such as {@code PUBLIC KEY}
   * @param der the bytes to armor
   * @return the PEM text, ending with a line feed
   */
  public static String encode(String label, byte[] der) {
    String body = Base64.getEncoder().encodeToString(der);
    StringBuilder sb = new StringBuilder(body.length() + 80);
    sb.append("-----BEGIN ").append(label).append("-----\n");
    for (int i = 0; i < body.length(); i += 64) {
      sb.append(body, i, Math.min(body.length(), i + 64)).append('\n');
    }
    sb.append("-----END ").append(label).append("-----\n");
    return sb.toString();
  }

  /**
   * Removes the armor.
   *
   * @param text the PEM text
   * @param label the required label
   * @return the DER bytes
   * @throws DecodingException with {@link Reason#TOO_LONG} over {@link #MAX_CHARS}, {@link
   *     Reason#EMPTY} for empty text, {@link Reason#UNSUPPORTED_FORMAT} without a BEGIN line of
   *     {@code label} (or without a body), {@link Reason#MALFORMED} without the matching END line or
   *     with a body line of a bad length, {@link Reason#INVALID_CHARACTER} for a body that is not
   *     base64, or {@link Reason#NON_CANONICAL} for base64 that is not canonical
   */
  public static byte[] decode(CharSequence text, String label) {
    if (text.length() > MAX_CHARS) {
      throw new DecodingException(
          Reason.TOO_LONG, "PEM text has " + text.length() + " characters; the limit is " + MAX_CHARS);
    }
    if (text.isEmpty()) {
      throw new DecodingException(Reason.EMPTY, "PEM text is empty");
    }
    String s = text.toString();
    if (s.endsWith("\r\n")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("\n")) {
      s = s.substring(0, s.length() - 1);
    }
    String[] lines = s.split("\r?\n", -1);
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    if (lines.length < 3 || !lines[0].equals(begin)) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "expected a PEM '" + label + "' block");
    }
    if (!lines[lines.length - 1].equals(end)) {
      throw new DecodingException(Reason.MALFORMED, "PEM block does not end with '" + end + "'");
    }
    StringBuilder body = new StringBuilder(s.length());
    int lastBody = lines.length - 2;
    for (int i = 1; i <= lastBody; i++) {
      String line = lines[i];
      // RFC 7468 strict: every body line but the last has exactly 64 characters.
      boolean badLength = i < lastBody ? line.length() != 64 : line.isEmpty() || line.length() > 64;
      if (badLength) {
        throw new DecodingException(Reason.MALFORMED, "PEM body line " + i + " has a bad length");
      }
      body.append(line);
    }
    byte[] der;
    try {
      der = Base64.getDecoder().decode(body.toString());
    } catch (IllegalArgumentException e) {
      throw new DecodingException(Reason.INVALID_CHARACTER, "PEM body is not valid base64", e);
    }
    if (!Base64.getEncoder().encodeToString(der).contentEquals(body)) {
      throw new DecodingException(Reason.NON_CANONICAL, "PEM body is not canonical base64");
    }
    return der;
  }
}
