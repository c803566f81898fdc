/**
 * Proofs of physical work: signed proof envelopes, the {@link io.depin.proofs.DeviceSigner} through
 * which a device signs every kind of proof with one sequence, the verification pipeline that turns
 * them into verdicts, the proof kinds, and verifiable randomness.
 */
@NullMarked
package io.depin.proofs;

import org.jspecify.annotations.NullMarked;
