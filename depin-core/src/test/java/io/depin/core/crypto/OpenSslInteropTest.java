package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keys and signatures made by OpenSSL 3 (see resources openssl/README.md) decode, verify, and
 * re-encode to OpenSSL's exact PEM bytes.
 */
class OpenSslInteropTest {
  @ParameterizedTest
  @CsvSource({"ed, ED25519", "p256, P256", "k1, SECP256K1"})
  void decodeAndVerify_opensslKeysAndSignature_roundTripByteForByte(String name, KeyType type)
      throws CryptoException {
    String privatePem = text(name + ".pem");
    String publicPem = text(name + ".pub.pem");
    SigningKey key = SigningKey.fromPkcs8Pem(privatePem);
    PublicKey pub = PublicKey.fromSpkiPem(publicPem);
    assertThat(key.keyType()).isEqualTo(type);
    assertThat(key.publicKey()).isEqualTo(pub);
    assertThat(key.exportPkcs8Pem(SecretAccess.EXPORT)).isEqualTo(privatePem);
    assertThat(pub.toSpkiPem()).isEqualTo(publicPem);
    byte[] sig = bytes(name + ".sig");
    Signature signature = type == KeyType.ED25519 ? Signature.of(type, sig) : Signature.fromDer(type, sig);
    pub.verify(bytes("msg"), signature, EcdsaPolicy.ACCEPT_HIGH_S);
  }

  private static String text(String name) {
    return new String(bytes(name), StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = OpenSslInteropTest.class.getResourceAsStream("/openssl/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource openssl/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
