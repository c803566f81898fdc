/**
 * Implementation of the ECVRF suites: Edwards25519 point arithmetic and the RFC 9381 algorithms.
 * Not part of the API; it may change in any release.
 */
@NullMarked
package io.depin.proofs.vrf.internal;

import org.jspecify.annotations.NullMarked;
