/**
 * Keys and signatures: Ed25519, ECDSA on secp256k1 and on P-256.
 *
 * <p>Start from {@link io.depin.core.crypto.SigningKey} (generate, import, sign) and {@link
 * io.depin.core.crypto.PublicKey} (decode, verify). Signing goes through the {@link
 * io.depin.core.crypto.Signer} interface, so keys held in hardware sign the same way. Ed25519
 * signs pure Ed25519 by default, and Ed25519ctx or Ed25519ph (RFC 8032 §5.1) with an {@link
 * io.depin.core.crypto.Ed25519Variant}, whose scheme and context separate signing domains.
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
 *   <li>public keys validated when decoded: on the curve, not infinity, Ed25519 of prime order
 *       {@code L} (neither of small order nor with a small-order component);
 *   <li>ECDSA {@code r, s} in {@code [1, n-1]}; low {@code s} required under {@link
 *       io.depin.core.crypto.EcdsaPolicy#STRICT_LOW_S}, which is the default for secp256k1
 *       (EIP-2 / BIP-62: what Ethereum and Bitcoin require), while P-256 accepts high {@code s} by
 *       default as FIPS 186 does;
 *   <li>Ed25519 follows RFC 8032 strictly (not ZIP-215): {@code S < L}, canonical {@code R} and
 *       {@code A}, {@code A} of prime order, cofactorless equation; the same rules for
 *       Ed25519ctx and Ed25519ph.
 * </ul>
 *
 * <p>These rules pass every test of the Wycheproof files for Ed25519, ECDSA secp256k1 (DER, P1363
 * and the low-S "bitcoin" variant) and ECDSA P-256 (DER and P1363).
 *
 * <h2>Ed25519 edge cases</h2>
 *
 * <p>Ed25519 verifiers disagree on a few inputs that honest signers never produce; for consensus
 * (every node deciding the same), what matters is that the rule is fixed. The SDK's rule, in the
 * order it is checked ({@link io.depin.core.crypto.PublicKey#fromRaw} for {@code A}, {@link
 * io.depin.core.crypto.PublicKey#verify(byte[], Signature)} for the rest), and where it parts from
 * the others. "ref10" is the behaviour of Go, OpenSSL and ed25519-dalek's default {@code verify};
 * "strict" is ed25519-dalek's {@code verify_strict}; ZIP-215 is Zcash's consensus rule (the
 * columns for other verifiers are as the CCTV and ZIP-215 test-vector sources describe them, for
 * the inputs in those files, where every non-canonical encoding is one of a small-order point).
 *
 * <table class="striped">
 *   <caption>Ed25519 edge cases</caption>
 *   <thead>
 *     <tr><th>Input</th><th>SDK</th><th>ref10</th><th>strict</th><th>ZIP-215</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@code A} not canonical: {@code y >= p}, or {@code x = 0} with the sign bit set
 *         (RFC 8032 §5.1.3 refuses both)</td><td>rejects (decoding: {@code NON_CANONICAL},
 *         {@code INVALID_VALUE})</td><td>accepts</td><td>rejects</td><td>accepts</td></tr>
 *     <tr><td>{@code A} of small order (8 points)</td><td>rejects ({@code INVALID_VALUE})</td>
 *         <td>accepts</td><td>rejects</td><td>accepts</td></tr>
 *     <tr><td>{@code A} with a small-order component (mixed order)</td><td>rejects ({@code
 *         INVALID_VALUE}): stricter than all three; honest keys {@code [a]B} never have
 *         one</td><td>accepts</td><td>accepts</td><td>accepts</td></tr>
 *     <tr><td>{@code R} not canonical: {@code y >= p}, or {@code x = 0} with the sign bit
 *         set</td><td>rejects ({@code NON_CANONICAL_ENCODING}, {@code INVALID_SIGNATURE})</td>
 *         <td>rejects</td><td>rejects</td><td>accepts</td></tr>
 *     <tr><td>{@code S >= L}</td><td>rejects ({@code SIGNATURE_MALLEABLE})</td><td>rejects</td>
 *         <td>rejects</td><td>rejects</td></tr>
 *     <tr><td>{@code R} with a small-order component whose residue
 *         {@code [S]B - R - [k]A} is a small-order point (only the cofactored equation {@code
 *         [8][S]B = [8]R + [8][k]A} holds)</td><td>rejects ({@code INVALID_SIGNATURE}):
 *         cofactorless equation</td><td>rejects</td><td>rejects</td><td>accepts</td></tr>
 *     <tr><td>{@code R} the identity and {@code [S]B = [k]A}</td><td>accepts: the cofactorless
 *         equation holds</td><td>accepts</td><td>rejects (small-order {@code R})</td>
 *         <td>accepts</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Because {@code A} and {@code [S]B} lie in the prime-order subgroup, the equation can hold
 * only for an {@code R} of order {@code L} or the identity, so the outcome never depends on the
 * small-order component of any input. Every case of the CCTV vectors, the ZIP-215 vectors and the
 * twelve cases of "Taming the many EdDSAs" (Chalkias, Garillot, Nikolaenko, 2020) is checked
 * against this rule by the SDK's tests.
 *
 * <p>Malformed or oversized encodings are rejected by the decoders with {@link
 * io.depin.core.DecodingException} before any cryptography runs.
 */
@NullMarked
package io.depin.core.crypto;

import org.jspecify.annotations.NullMarked;
