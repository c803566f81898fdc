/**
 * Loaders for published test-vector files, so a network's own verifiers run against them.
 *
 * <p>{@link io.depin.testkit.vectors.WycheproofFile} reads Wycheproof signature-verification files
 * into records; {@link io.depin.testkit.vectors.JsonVectors} reads any array of JSON objects into
 * {@link io.depin.testkit.vectors.JsonVector}s with strictly typed field access. Both reject
 * malformed files with {@link io.depin.core.DecodingException}, naming the file and the JSON path.
 */
@NullMarked
package io.depin.testkit.vectors;

import org.jspecify.annotations.NullMarked;
