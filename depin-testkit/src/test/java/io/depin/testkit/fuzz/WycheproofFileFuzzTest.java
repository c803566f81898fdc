package io.depin.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.testkit.vectors.WycheproofFile;

/**
 * {@link WycheproofFile#parse} on arbitrary bytes either returns a file whose cases match its
 * declared count or throws {@link DecodingException}; anything else is a bug.
 */
class WycheproofFileFuzzTest {
  @FuzzTest
  void parse_anyBytes_returnsOrThrowsDecodingException(byte[] data) {
    WycheproofFile file;
    try {
      file = WycheproofFile.parse(data, "fuzz");
    } catch (DecodingException expected) {
      return;
    }
    assertThat(file.tests().count()).isEqualTo(file.numberOfTests());
    assertThat(WycheproofFile.parse(data, "fuzz")).isEqualTo(file);
  }
}
