/**
 * A variable-time secp256k1 engine for public-data operations (public-key recovery and signature
 * verification): a 5x52-bit-limb field, Jacobian points, wNAF, the GLV endomorphism and precomputed
 * tables for the generator. Never used for signing or any other operation on secrets. Not API.
 */
@NullMarked
package io.depin.core.crypto.internal.secp256k1;

import org.jspecify.annotations.NullMarked;
