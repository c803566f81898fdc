/**
 * Verifiable random functions: ECVRF per RFC 9381 with all four of its suites
 * ({@link io.depin.proofs.vrf.VrfSuite}): ECVRF-EDWARDS25519-SHA512-TAI, -ELL2,
 * ECVRF-P256-SHA256-TAI and -SSWU, checked against every RFC 9381 Appendix B example.
 *
 * <p>A holder of a {@link io.depin.proofs.vrf.VrfSecretKey} turns an input {@code alpha} into a
 * {@link io.depin.proofs.vrf.VrfProof}; anyone with the public key checks it with {@link
 * io.depin.proofs.vrf.Ecvrf#verify} and obtains the same pseudorandom {@link
 * io.depin.proofs.vrf.VrfOutput} {@code beta}, which nobody could have predicted or chosen.
 *
 * <p>Timing: Edwards25519 proving multiplies by secrets with a constant-time fixed-window ladder,
 * but the scalar arithmetic modulo the group order is {@link java.math.BigInteger} and P-256
 * proving uses BouncyCastle's variable-time multiplication; see {@link
 * io.depin.proofs.vrf.VrfSecretKey}. Verification and decoding are variable-time, which is safe
 * because they see only public data.
 */
@NullMarked
package io.depin.proofs.vrf;

import org.jspecify.annotations.NullMarked;
