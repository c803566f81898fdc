/**
 * Implementation of the ECVRF suites: edwards25519 point arithmetic on BouncyCastle field limbs,
 * RFC 9380 hash-to-curve (expand_message_xmd, Elligator 2, simplified SWU) and the RFC 9381
 * algorithms.
 * Not part of the API; it may change in any release.
 */
@NullMarked
package io.depin.proofs.vrf.internal;

import org.jspecify.annotations.NullMarked;
