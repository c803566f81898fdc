package io.depin.proofs.coverage.internal;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import io.depin.devices.DeviceId;
import io.depin.proofs.vrf.VrfOutput;
import java.nio.charset.StandardCharsets;

/**
 * How a beacon's payload follows from verifiable randomness.
 *
 * <pre>
 * alpha   = "io.depin.proofs.coverage.beacon-alpha/v1" 0x00 || beaconer id (32) || len(entropy) (1) || entropy
 * beta    = ECVRF(beaconer's key, alpha)
 * payload = SHA-256("io.depin.proofs.coverage.beacon-payload/v1" 0x00 || beta)
 * </pre>
 *
 * <p>The entropy is published by the network after the beaconer's key is registered, so the
 * beaconer cannot predict the payload before it is published, and the VRF is deterministic (with the suite
 * fixed by the key type), so the beaconer cannot choose among payloads either.
 */
public final class BeaconDerivation {
  private static final byte[] ALPHA_TAG =
      "io.depin.proofs.coverage.beacon-alpha/v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PAYLOAD_TAG =
      "io.depin.proofs.coverage.beacon-payload/v1\0".getBytes(StandardCharsets.US_ASCII);

  private BeaconDerivation() {}

  /**
   * Returns the VRF input of a beacon.
   *
   * @param beaconer the beaconing device
   * @param entropy the network's entropy, 1 to 255 bytes
   * @return alpha
   */
  public static byte[] alpha(DeviceId beaconer, Bytes entropy) {
    byte[] id = beaconer.value().toByteArray();
    byte[] alpha = new byte[ALPHA_TAG.length + id.length + 1 + entropy.length()];
    System.arraycopy(ALPHA_TAG, 0, alpha, 0, ALPHA_TAG.length);
    System.arraycopy(id, 0, alpha, ALPHA_TAG.length, id.length);
    alpha[ALPHA_TAG.length + id.length] = (byte) entropy.length();
    entropy.copyTo(alpha, ALPHA_TAG.length + id.length + 1);
    return alpha;
  }

  /**
   * Returns the payload derived from a VRF output.
   *
   * @param beta the VRF output
   * @return the payload
   */
  public static Hash32 payload(VrfOutput beta) {
    return HashAlgorithm.SHA_256.newHasher().update(PAYLOAD_TAG).update(beta.toByteArray())
        .digest32();
  }
}
