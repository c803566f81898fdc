/**
 * Compute proofs: the same task goes to k providers, each signs a {@link
 * io.depin.proofs.compute.ComputeResult} with the hash of its output, and an {@link
 * io.depin.proofs.compute.AgreementEvaluator} decides the agreed hash by quorum and flags
 * dissenters, absentees and equivocators.
 *
 * {@snippet :
 * ComputeResultSigner worker = ComputeResultSigner.create(kind, deviceId, deviceKey, clock, storedNext);
 * byte[] wire = worker.sign(task, inputHash, output, runtime).toBytes();
 * // after ProofVerifier accepted the results
 * TaskOutcome outcome = new AgreementEvaluator(rules).evaluate(assignment, verifiedResults);
 * }
 */
@NullMarked
package io.depin.proofs.compute;

import org.jspecify.annotations.NullMarked;
