/**
 * Canonical JSON (RFC 8785, the JSON Canonicalization Scheme) for signing and hashing JSON.
 *
 * <p>{@link io.depin.core.json.CanonicalJson} parses untrusted JSON strictly, within size and depth
 * limits, and writes the single canonical UTF-8 form of a value.
 */
@NullMarked
package io.depin.core.json;

import org.jspecify.annotations.NullMarked;
