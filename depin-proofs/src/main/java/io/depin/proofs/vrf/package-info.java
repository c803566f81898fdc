/**
 * Verifiable random functions: ECVRF per RFC 9381, suites ECVRF-EDWARDS25519-SHA512-TAI and
 * ECVRF-P256-SHA256-TAI ({@link io.depin.proofs.vrf.VrfSuite}).
 *
 * <p>A holder of a {@link io.depin.proofs.vrf.VrfSecretKey} turns an input {@code alpha} into a
 * {@link io.depin.proofs.vrf.VrfProof}; anyone with the public key checks it with {@link
 * io.depin.proofs.vrf.Ecvrf#verify} and obtains the same pseudorandom {@link
 * io.depin.proofs.vrf.VrfOutput} {@code beta}, which nobody could have predicted or chosen.
 */
@NullMarked
package io.depin.proofs.vrf;

import org.jspecify.annotations.NullMarked;
