package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keys and signatures made by the JDK's SunEC provider decode and verify here, and vice versa. */
class JdkInteropTest {
  private static final byte[] MESSAGE = "interop".getBytes(StandardCharsets.UTF_8);

  @Test
  void fromPkcs8AndSpki_jdkEd25519Key_signsAndVerifiesBothWays() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    SigningKey key = SigningKey.fromPkcs8Der(pair.getPrivate().getEncoded());
    PublicKey pub = PublicKey.fromSpkiDer(pair.getPublic().getEncoded());
    assertThat(key.publicKey()).isEqualTo(pub);
    java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
    jdk.initSign(pair.getPrivate());
    jdk.update(MESSAGE);
    byte[] jdkSig = jdk.sign();
    assertThat(key.sign(MESSAGE).toByteArray()).isEqualTo(jdkSig);
    pub.verify(MESSAGE, Signature.of(KeyType.ED25519, jdkSig));
  }

  @Test
  void fromPkcs8AndSpki_jdkP256Key_signsAndVerifiesBothWays() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    SigningKey key = SigningKey.fromPkcs8Der(pair.getPrivate().getEncoded());
    PublicKey pub = PublicKey.fromSpkiDer(pair.getPublic().getEncoded());
    assertThat(key.publicKey()).isEqualTo(pub);
    java.security.Signature jdk = java.security.Signature.getInstance("SHA256withECDSA");
    jdk.initSign(pair.getPrivate());
    jdk.update(MESSAGE);
    pub.verify(MESSAGE, Signature.fromDer(KeyType.P256, jdk.sign()));
    jdk.initVerify(pair.getPublic());
    jdk.update(MESSAGE);
    assertThat(jdk.verify(key.sign(MESSAGE).toDer())).isTrue();
  }
}
