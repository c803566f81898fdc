/**
 * Implementation of {@link io.depin.core.crypto}: BouncyCastle's lightweight Ed25519 (key
 * generation and signing) and custom secp256k1 / P-256 curves, strict DER and PEM, and the strict
 * checks layered on top. Ed25519 verification runs on the SDK's own code in {@link
 * io.depin.core.crypto.internal.ed25519}; secp256k1 verification and recovery on the variable-time
 * engine of {@link io.depin.core.crypto.internal.secp256k1}. Not API.
 */
@NullMarked
package io.depin.core.crypto.internal;

import org.jspecify.annotations.NullMarked;
