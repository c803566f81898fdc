package io.depin.devices.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.devices.cert.Certificate;
import java.nio.charset.StandardCharsets;

/**
 * {@link Certificate#fromDer} and {@link Certificate#fromPem} either return a certificate that
 * re-encodes to the same bytes, or throw {@link DecodingException}.
 */
class CertificateDecodingFuzzTest {
  @FuzzTest
  void decodeCertificate_anyInput_returnsOrThrowsDecodingException(FuzzedDataProvider data) {
    boolean pem = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      Certificate cert =
          pem
              ? Certificate.fromPem(new String(bytes, StandardCharsets.ISO_8859_1))
              : Certificate.fromDer(bytes);
      if (!pem) {
        assertThat(cert.toDer()).isEqualTo(bytes);
      }
      assertThat(Certificate.fromPem(cert.toPem())).isEqualTo(cert);
    } catch (DecodingException expected) {
      // the documented rejection
    }
  }
}
