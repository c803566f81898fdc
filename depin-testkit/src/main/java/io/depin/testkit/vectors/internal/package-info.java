/**
 * Implementation of the vector loaders: strict JSON reading with locations in every message, and
 * size-limited file and class-path access. Not API; it may change in any release.
 */
@NullMarked
package io.depin.testkit.vectors.internal;

import org.jspecify.annotations.NullMarked;
