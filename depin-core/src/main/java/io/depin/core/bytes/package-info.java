/**
 * Immutable byte values and strict text codecs.
 *
 * <p>{@link io.depin.core.bytes.Bytes} and {@link io.depin.core.bytes.Hash32} are the SDK's byte
 * values: copied in and out, compared in constant time. The codecs ({@link
 * io.depin.core.bytes.Hex} and the others in this package) decode strictly and reject bad input with
 * {@link io.depin.core.DecodingException}.
 */
@NullMarked
package io.depin.core.bytes;

import org.jspecify.annotations.NullMarked;
