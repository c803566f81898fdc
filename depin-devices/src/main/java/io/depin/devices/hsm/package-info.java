/**
 * Signing keys held in hardware through PKCS#11: HSMs, smart cards, secure elements with a PKCS#11
 * library, and SoftHSM2 for tests.
 *
 * <p>{@link io.depin.devices.hsm.Pkcs11Config} says where the token is, {@link
 * io.depin.devices.hsm.Pkcs11Token} logs in and generates keys inside the token, and {@link
 * io.depin.devices.hsm.Pkcs11Signer} signs with them through the SDK's {@link
 * io.depin.core.crypto.Signer} interface, so code that signs proofs does not know where the key
 * lives.
 *
 * {@snippet :
 * Pkcs11Config config = Pkcs11Config.builder()
 *     .library(Path.of("/usr/lib/softhsm/libsofthsm2.so"))
 *     .slot(slotId)
 *     .build();
 * try (Pkcs11Token token = Pkcs11Token.login(config, pin)) {
 *   Signer signer = token.generateKey("device-7", KeyType.P256);
 *   Signature sig = signer.sign(payload);
 * }
 * }
 *
 * <p>Other key stores (Android Keystore, a TPM, a vendor's secure-element SDK) plug in by
 * implementing {@link io.depin.core.crypto.Signer} directly.
 */
@NullMarked
package io.depin.devices.hsm;

import org.jspecify.annotations.NullMarked;
