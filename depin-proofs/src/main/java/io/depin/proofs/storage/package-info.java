/**
 * Storage proofs: a device commits to a sector with a Merkle root over its chunks ({@link
 * io.depin.proofs.storage.SectorCommitment}), a challenger draws chunk indices from verifiable
 * randomness ({@link io.depin.proofs.storage.StorageChallenge}), and the device proves it still
 * holds the data by answering with those chunks and their Merkle paths ({@link
 * io.depin.proofs.storage.StorageProof}). {@link io.depin.proofs.storage.StorageDetection} states
 * how likely a device that dropped part of its data is to be caught.
 */
@NullMarked
package io.depin.proofs.storage;

import org.jspecify.annotations.NullMarked;
