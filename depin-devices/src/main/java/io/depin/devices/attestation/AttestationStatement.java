package io.depin.devices.attestation;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What a device states when it answers a challenge: the challenge's nonce, its own id, the hash
 * of the firmware it runs and its time, to millisecond precision.
 *
 * <p>The device signs {@link #signingInput()}, which is domain separated, so the signature is good
 * for nothing but an attestation:
 *
 * <pre>
 *   "depin.attestation-statement.v1" 0x00
 *   u8 32 || nonce
 *   u8 32 || device id
 *   u8 32 || firmware hash
 *   i64 time in milliseconds since the epoch (big-endian)
 * </pre>
 *
 * {@snippet :
 * AttestationStatement statement = new AttestationStatement(
 *     challenge.nonce(), deviceId, firmwareHash, clock.instant());
 * Signature signature = deviceKey.sign(statement.signingInput());
 * }
 *
 * @param nonce the challenge's nonce
 * @param deviceId the id of the device that answers
 * @param firmwareHash the hash of the running firmware
 * @param time the device's time when answering, in whole milliseconds
 * @since 0.1.0
 */
public record AttestationStatement(Bytes nonce, DeviceId deviceId, Hash32 firmwareHash, Instant time) {
  private static final byte[] DOMAIN =
      "depin.attestation-statement.v1\0".getBytes(StandardCharsets.US_ASCII);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the nonce is not 32 bytes or the time has a fraction of a
   *     millisecond or does not fit in a signed 64-bit millisecond count
   */
  public AttestationStatement {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(firmwareHash, "firmwareHash");
    Objects.requireNonNull(time, "time");
    if (nonce.length() != AttestationChallenge.NONCE_LENGTH) {
      throw new IllegalArgumentException("a nonce has 32 bytes, not " + nonce.length());
    }
    try {
      if (!time.equals(Instant.ofEpochMilli(time.toEpochMilli()))) {
        throw new IllegalArgumentException("the time must be whole milliseconds: " + time);
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the time is out of range: " + time, e);
    }
  }

  /** {@return the bytes the device signs; see the class documentation} */
  public byte[] signingInput() {
    ByteBuffer out = ByteBuffer.allocate(DOMAIN.length + 3 * 33 + 8);
    out.put(DOMAIN);
    out.put((byte) 32).put(nonce.toByteArray());
    out.put((byte) 32).put(deviceId.value().toByteArray());
    out.put((byte) 32).put(firmwareHash.toByteArray());
    out.putLong(time.toEpochMilli());
    return out.array();
  }
}
