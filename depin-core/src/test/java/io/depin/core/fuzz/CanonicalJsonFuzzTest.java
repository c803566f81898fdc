package io.depin.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import java.util.Arrays;

/**
 * Fuzzes {@link CanonicalJson#canonicalize(byte[])} with raw bytes: it returns output that is its
 * own canonical form and parses to the same tree as the input, or throws {@link DecodingException}.
 */
class CanonicalJsonFuzzTest {
  @FuzzTest
  void canonicalize_anyBytes_isIdempotentOrThrowsDecodingException(byte[] json) {
    byte[] canonical;
    try {
      canonical = CanonicalJson.canonicalize(json);
    } catch (DecodingException expected) {
      return;
    }
    byte[] again = CanonicalJson.canonicalize(canonical);
    if (!Arrays.equals(again, canonical)) {
      throw new AssertionError("canonical form is not a fixed point");
    }
    if (!CanonicalJson.parse(canonical).equals(CanonicalJson.parse(json))) {
      throw new AssertionError("canonical form parses to a different tree");
    }
  }
}
