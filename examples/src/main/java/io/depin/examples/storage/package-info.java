/**
 * A storage network paid by proofs of retrievability: sector commitments, hourly challenges from
 * verifiable randomness, a provider that lost data and is caught, and a dust-free reward split.
 *
 * {@snippet :
 * StorageNetworkDay.Result day = StorageNetworkDay.run(42, System.out);
 * day.distribution().unallocated();   // zero: largest remainder pays every base unit
 * }
 *
 * <p>Start with {@link io.depin.examples.storage.StorageNetworkDay}.
 */
@NullMarked
package io.depin.examples.storage;

import org.jspecify.annotations.NullMarked;
