package io.depin.devices.onboarding.internal;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds the bytes a party signs for a device-lifecycle statement.
 *
 * <p>Layout: {@code "depin.devices.statement.v1" 0x00}, then {@code u8 length || purpose} (the
 * role of the signer, such as {@code onboarding/device}), then every field as {@code u16 length
 * (big-endian) || bytes}. Keys are written as {@code u8 key type || raw key}. Because the purpose
 * is signed, a signature made in one role never verifies in another.
 */
public final class SigningInput {
  private static final byte[] DOMAIN =
      "depin.devices.statement.v1\0".getBytes(StandardCharsets.US_ASCII);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

  private SigningInput(String purpose) {
    byte[] tag = purpose.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(DOMAIN);
    out.write(tag.length);
    out.writeBytes(tag);
  }

  /**
   * Starts the input of a signer in role {@code purpose}.
   *
   * @param purpose the signer's role, ASCII, at most 255 characters
   * @return the builder
   */
  public static SigningInput forPurpose(String purpose) {
    return new SigningInput(purpose);
  }

  /**
   * Appends a length-prefixed field.
   *
   * @param field the field's bytes, at most 65535
   * @return this builder
   */
  public SigningInput field(byte[] field) {
    if (field.length > 0xFFFF) {
      throw new IllegalArgumentException("a signed field has at most 65535 bytes");
    }
    out.write(field.length >>> 8);
    out.write(field.length);
    out.writeBytes(field);
    return this;
  }

  /**
   * Appends a text field, UTF-8 encoded.
   *
   * @param text the text
   * @return this builder
   */
  public SigningInput text(String text) {
    return field(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Appends a byte field.
   *
   * @param bytes the bytes
   * @return this builder
   */
  public SigningInput bytes(Bytes bytes) {
    return field(bytes.toByteArray());
  }

  /**
   * Appends a public key: its type code and raw encoding.
   *
   * @param key the key
   * @return this builder
   */
  public SigningInput key(PublicKey key) {
    byte[] raw = key.toRaw();
    byte[] typed = new byte[raw.length + 1];
    typed[0] = (byte) key.keyType().code();
    System.arraycopy(raw, 0, typed, 1, raw.length);
    return field(typed);
  }

  /**
   * Appends a signature made earlier in the same statement, so a later signer covers it.
   *
   * @param signature the signature
   * @return this builder
   */
  public SigningInput signature(Signature signature) {
    byte[] raw = signature.toByteArray();
    byte[] typed = new byte[raw.length + 1];
    typed[0] = (byte) signature.keyType().code();
    System.arraycopy(raw, 0, typed, 1, raw.length);
    return field(typed);
  }

  /**
   * Appends a 64-bit number, big-endian.
   *
   * @param value the number
   * @return this builder
   */
  public SigningInput number(long value) {
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (value >>> (56 - 8 * i));
    }
    return field(b);
  }

  /**
   * Appends an instant as milliseconds since the epoch.
   *
   * @param instant the instant
   * @return this builder
   */
  public SigningInput instant(Instant instant) {
    return number(instant.toEpochMilli());
  }

  /** {@return the bytes to sign} */
  public byte[] toByteArray() {
    return out.toByteArray();
  }

}
