/**
 * Proofs of physical work: signed proof envelopes, the verification pipeline that turns them into
 * verdicts, the proof kinds, and verifiable randomness.
 */
@NullMarked
package io.depin.proofs;

import org.jspecify.annotations.NullMarked;
