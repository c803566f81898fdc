/**
 * Keys and signatures: Ed25519, ECDSA on secp256k1 and on P-256.
 *
 * <p>Start from {@link io.depin.core.crypto.SigningKey} (generate, import, sign) and {@link
 * io.depin.core.crypto.PublicKey} (decode, verify). Signing goes through the {@link
 * io.depin.core.crypto.Signer} interface, so keys held in hardware sign the same way.
 *
 * <h2>Strict verification</h2>
 *
 * <p>Verification never returns a boolean: it returns or throws {@link
 * io.depin.core.crypto.CryptoException} with a code. The rules, stated in full on {@link
 * io.depin.core.crypto.PublicKey#verify(byte[], Signature, EcdsaPolicy)}:
 *
 * <ul>
 *   <li>exact lengths (64-byte signatures; 32-byte Ed25519 keys; 33/65-byte SEC1 points) and
 *       canonical encodings (strict DER, canonical Ed25519 points, base64 without slack in PEM);
 *   <li>public keys validated when decoded: on the curve, not infinity, Ed25519 not of small order;
 *   <li>ECDSA {@code r, s} in {@code [1, n-1]}; low {@code s} required under {@link
 *       io.depin.core.crypto.EcdsaPolicy#STRICT_LOW_S}, which is the default for secp256k1
 *       (EIP-2 / BIP-62: what Ethereum and Bitcoin require), while P-256 accepts high {@code s} by
 *       default as FIPS 186 does;
 *   <li>Ed25519 follows RFC 8032 strictly (not ZIP-215): {@code S < L}, canonical {@code R} and
 *       {@code A}, small-order {@code A} rejected, cofactorless equation.
 * </ul>
 *
 * <p>These rules pass every test of the Wycheproof files for Ed25519, ECDSA secp256k1 (DER, P1363
 * and the low-S "bitcoin" variant) and ECDSA P-256 (DER and P1363).
 *
 * <p>Malformed or oversized encodings are rejected by the decoders with {@link
 * io.depin.core.DecodingException} before any cryptography runs.
 */
@NullMarked
package io.depin.core.crypto;

import org.jspecify.annotations.NullMarked;
