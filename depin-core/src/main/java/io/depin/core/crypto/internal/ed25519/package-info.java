/**
 * Edwards25519 arithmetic for Ed25519 verification: extended-coordinate points over BouncyCastle's
 * public {@code X25519Field} limbs, signed-window recoding, per-key and base-point tables, and the
 * exactly cofactorless check that recomputes {@code R}. Everything here handles public data only
 * and is variable-time. Not API.
 */
@NullMarked
package io.depin.core.crypto.internal.ed25519;

import org.jspecify.annotations.NullMarked;
