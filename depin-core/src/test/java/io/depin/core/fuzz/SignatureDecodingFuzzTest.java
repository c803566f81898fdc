package io.depin.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.Signature;
import io.depin.core.eth.EthSignature;

/**
 * Signature decoders (DER, raw 64 bytes, Ethereum 65 bytes) either return a value whose encoding
 * reproduces the input exactly (DER is canonical, so decode-encode is the identity), or throw
 * {@link DecodingException}.
 */
class SignatureDecodingFuzzTest {
  private static final KeyType[] ECDSA = {KeyType.SECP256K1, KeyType.P256};

  @FuzzTest
  void decodeSignatures_anyInput_returnsOrThrowsDecodingException(FuzzedDataProvider data) {
    int mode = data.consumeInt(0, 2);
    KeyType type = mode == 1 ? data.pickValue(KeyType.values()) : data.pickValue(ECDSA);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      switch (mode) {
        case 0 -> assertThat(Signature.fromDer(type, bytes).toDer()).isEqualTo(bytes);
        case 1 -> assertThat(Signature.of(type, bytes).toByteArray()).isEqualTo(bytes);
        default -> assertThat(EthSignature.of(bytes).toByteArray()).isEqualTo(bytes);
      }
    } catch (DecodingException expected) {
      // the documented rejection
    }
  }
}
