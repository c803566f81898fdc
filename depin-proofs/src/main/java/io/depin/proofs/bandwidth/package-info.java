/**
 * Bandwidth proofs: a consumer signs {@link io.depin.proofs.bandwidth.TransferReceipt}s for the
 * data a provider device served; the provider submits each as a {@link
 * io.depin.proofs.bandwidth.BandwidthProof}, so every counted receipt carries both signatures; a
 * {@link io.depin.proofs.bandwidth.BandwidthLedger} turns verified receipts into rewardable bytes.
 *
 * {@snippet :
 * ConsumerSession session = ConsumerSession.open(sessionId, providerId, consumerKey);
 * SignedMessage ack = session.acknowledge(1_048_576);           // on the consumer
 * SignedProof<BandwidthProof> proof = prover.submit(ack);        // on the provider
 * // after ProofVerifier accepted the proofs
 * BandwidthReport report = new BandwidthLedger().tally(verifiedProofs);
 * }
 */
@NullMarked
package io.depin.proofs.bandwidth;

import org.jspecify.annotations.NullMarked;
