/** Internals of the storage proof kind: challenge index derivation, response checks and JSON codecs. */
@NullMarked
package io.depin.proofs.storage.internal;

import org.jspecify.annotations.NullMarked;
