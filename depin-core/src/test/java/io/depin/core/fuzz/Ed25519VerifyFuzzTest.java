package io.depin.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.crypto.Ed25519Rule;

/**
 * Ed25519 key decoding and verification of untrusted bytes ({@code PublicKey.fromRaw}, {@code
 * Signature.of}, {@code PublicKey.verify}) give exactly the outcome of the documented rule, as
 * worked out by the independent BigInteger model in {@link Ed25519Rule}: a typed rejection with the
 * same reason or code, or success, and never another exception.
 */
class Ed25519VerifyFuzzTest {
  @FuzzTest
  void verify_anyKeySignatureAndMessage_matchesDocumentedRule(FuzzedDataProvider data) {
    byte[] key = data.consumeBytes(32);
    byte[] sig = data.consumeBytes(64);
    if (key.length != 32 || sig.length != 64) {
      return;
    }
    byte[] message = data.consumeRemainingAsBytes();
    assertThat(Ed25519Rule.outcomeOf(key, sig, message))
        .isEqualTo(Ed25519Rule.decide(key, sig, message).expectedOutcome());
  }
}
