package io.depin.testkit.vectors;

import io.depin.core.bytes.Bytes;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Wycheproof test group: one public key and the cases to verify with it.
 *
 * {@snippet :
 * for (WycheproofGroup group : file.groups()) {
 *   PublicKey key = decodeMyWay(group.publicKeyDer());
 *   for (WycheproofTest test : group.tests()) {
 *     // verify test.sig() over test.msg() with key
 *   }
 * }
 * }
 *
 * <p>The group's JSON Web Key form and its generator metadata ({@code source}) are not kept.
 *
 * @param type the group type, such as {@code EddsaVerify}, {@code EcdsaVerify} or {@code
 *     EcdsaP1363Verify}
 * @param publicKey the raw public key
 * @param publicKeyDer the key as a DER SubjectPublicKeyInfo
 * @param publicKeyPem the key as PEM text
 * @param sha the hash function of an ECDSA group, such as {@code SHA-256}; null for EdDSA, which
 *     names none
 * @param tests the cases, in file order
 * @since 0.1.0
 */
public record WycheproofGroup(
    String type,
    WycheproofPublicKey publicKey,
    Bytes publicKeyDer,
    String publicKeyPem,
    @Nullable String sha,
    List<WycheproofTest> tests) {

  /** Checks that no required component is null and copies {@code tests}. */
  public WycheproofGroup {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(publicKeyDer, "publicKeyDer");
    Objects.requireNonNull(publicKeyPem, "publicKeyPem");
    tests = List.copyOf(tests);
  }
}
