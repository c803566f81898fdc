/**
 * Implementation of the proof pipeline: the JSON header inside a proof envelope. Not API: it may
 * change in any release.
 */
@NullMarked
package io.depin.proofs.internal;

import org.jspecify.annotations.NullMarked;
