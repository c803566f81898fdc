package io.depin.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;

/**
 * Public and private key decoders (raw, SEC1, SubjectPublicKeyInfo and PKCS#8 in DER and PEM)
 * either return a key that re-encodes to an equal key, or throw {@link DecodingException}.
 */
class KeyDecodingFuzzTest {
  @FuzzTest
  void decodeKeys_anyInput_returnsOrThrowsDecodingException(FuzzedDataProvider data) {
    KeyType type = data.pickValue(KeyType.values());
    int mode = data.consumeInt(0, 4);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      switch (mode) {
        case 0 -> checkPublic(PublicKey.fromRaw(type, bytes));
        case 1 -> checkPublic(PublicKey.fromSpkiDer(bytes));
        case 2 -> checkPublic(PublicKey.fromSpkiPem(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
        case 3 -> checkPrivate(SigningKey.fromPkcs8Der(bytes));
        default -> checkPrivate(SigningKey.fromPkcs8Pem(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
      }
    } catch (DecodingException expected) {
      // the documented rejection
    }
  }

  private static void checkPublic(PublicKey key) {
    assertThat(PublicKey.fromSpkiDer(key.toSpkiDer())).isEqualTo(key);
    assertThat(PublicKey.fromRaw(key.keyType(), key.toRaw())).isEqualTo(key);
  }

  private static void checkPrivate(SigningKey key) {
    SigningKey again = SigningKey.fromPkcs8Der(key.exportPkcs8Der(SecretAccess.EXPORT));
    assertThat(again.publicKey()).isEqualTo(key.publicKey());
    assertThat(again.exportRaw(SecretAccess.EXPORT)).isEqualTo(key.exportRaw(SecretAccess.EXPORT));
  }
}
