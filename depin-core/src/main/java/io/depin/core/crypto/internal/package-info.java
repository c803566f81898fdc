/**
 * Implementation of {@link io.depin.core.crypto}: BouncyCastle's lightweight Ed25519 (key
 * generation and signing; verification is the SDK's own, in {@code internal.ed25519}) and custom
 * secp256k1 / P-256 curves, strict DER and PEM, and the strict checks layered on top. Not API.
 */
@NullMarked
package io.depin.core.crypto.internal;

import org.jspecify.annotations.NullMarked;
