package io.depin.devices.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.devices.attestation.AttestationResponse;

/**
 * {@link AttestationResponse#fromBytes} either returns a response that re-encodes to the same
 * bytes, or throws {@link DecodingException}.
 */
class AttestationResponseFuzzTest {
  @FuzzTest
  void decodeResponse_anyInput_returnsOrThrowsDecodingException(byte[] bytes) {
    try {
      AttestationResponse response = AttestationResponse.fromBytes(bytes);
      assertThat(response.toBytes()).isEqualTo(bytes);
    } catch (DecodingException expected) {
      // the documented rejection
    }
  }
}
