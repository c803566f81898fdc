/**
 * Implementation of the coverage proof kinds: the H3 grid, the beacon payload derivation and JSON
 * readers for signed integers. Not part of the API; it may change in any release.
 */
@NullMarked
package io.depin.proofs.coverage.internal;

import org.jspecify.annotations.NullMarked;
