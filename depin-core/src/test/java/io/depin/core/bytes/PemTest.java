package io.depin.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PemTest {
  @Property
  void encodeThenDecode_roundTrips(@ForAll @Size(min = 1, max = 2000) byte[] der) {
    String pem = Pem.encode("CERTIFICATE", der);
    assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
    assertThat(Pem.decode(pem, "CERTIFICATE")).isEqualTo(der);
    assertThat(Pem.decode(pem.replace("\n", "\r\n"), "CERTIFICATE")).isEqualTo(der);
  }

  @Test
  void decode_malformed_throwsTypedReason() {
    String good = Pem.encode("PUBLIC KEY", new byte[] {1, 2, 3, 4, 5});
    assertReason(good, "PRIVATE KEY", Reason.UNSUPPORTED_FORMAT);
    assertReason(good.replace("-----END PUBLIC KEY-----", "-----END PRIVATE KEY-----"), "PUBLIC KEY", Reason.MALFORMED);
    assertReason(good.replace("AQIDBAU=", "AQIDBAU"), "PUBLIC KEY", Reason.NON_CANONICAL);
    assertReason(good.replace("AQIDBAU=", "AQ*DBAU="), "PUBLIC KEY", Reason.INVALID_CHARACTER);
    assertReason(good.replace("AQIDBAU=", "AQIDBAV="), "PUBLIC KEY", Reason.NON_CANONICAL);
    assertReason("junk\n" + good, "PUBLIC KEY", Reason.UNSUPPORTED_FORMAT);
    assertReason("", "PUBLIC KEY", Reason.EMPTY);
    assertReason("A".repeat(Pem.MAX_CHARS + 1), "PUBLIC KEY", Reason.TOO_LONG);
  }

  @Test
  void decode_bodyLineShorterThan64BeforeTheLast_isRejected() {
    // 96 bytes armor as one full 64-character line and one of 64; rewrapping them at 32 characters
    // gives the same DER a second armor, which RFC 7468's strict form does not allow.
    byte[] der = new byte[96];
    String good = Pem.encode("PUBLIC KEY", der);
    String body = good.lines().skip(1).limit(2).reduce("", String::concat);
    StringBuilder rewrapped = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
    for (int i = 0; i < body.length(); i += 32) {
      rewrapped.append(body, i, i + 32).append('\n');
    }
    rewrapped.append("-----END PUBLIC KEY-----\n");
    assertThat(Pem.decode(good, "PUBLIC KEY")).isEqualTo(der);
    assertReason(rewrapped.toString(), "PUBLIC KEY", Reason.MALFORMED);
  }

  private static void assertReason(String text, String label, Reason reason) {
    assertThatThrownBy(() -> Pem.decode(text, label))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
