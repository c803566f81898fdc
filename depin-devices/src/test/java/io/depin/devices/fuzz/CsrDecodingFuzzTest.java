package io.depin.devices.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.devices.cert.DeviceCsr;
import java.nio.charset.StandardCharsets;

/**
 * {@link DeviceCsr#fromDer} and {@link DeviceCsr#fromPem} either return a request that re-encodes
 * to the same bytes, or throw {@link DecodingException}.
 */
class CsrDecodingFuzzTest {
  @FuzzTest
  void decodeCsr_anyInput_returnsOrThrowsDecodingException(FuzzedDataProvider data) {
    boolean pem = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      DeviceCsr csr =
          pem
              ? DeviceCsr.fromPem(new String(bytes, StandardCharsets.ISO_8859_1))
              : DeviceCsr.fromDer(bytes);
      if (!pem) {
        assertThat(csr.toDer()).isEqualTo(bytes);
      }
      assertThat(DeviceCsr.fromPem(csr.toPem())).isEqualTo(csr);
    } catch (DecodingException expected) {
      // the documented rejection
    }
  }
}
