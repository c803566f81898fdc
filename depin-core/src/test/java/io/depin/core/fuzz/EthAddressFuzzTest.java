package io.depin.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.eth.EthAddress;
import java.nio.charset.StandardCharsets;

/** {@link EthAddress#parse} either returns an address that round-trips or throws {@link DecodingException}. */
class EthAddressFuzzTest {
  @FuzzTest
  void parse_anyText_returnsOrThrowsDecodingException(byte[] input) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    try {
      EthAddress address = EthAddress.parse(text);
      assertThat(EthAddress.parse(address.toChecksumHex())).isEqualTo(address);
      assertThat(address.toLowerHex()).isEqualToIgnoringCase(text);
    } catch (DecodingException expected) {
      // the documented rejection
    }
  }
}
