/**
 * Compute proofs: the same task goes to k providers, each signs a {@link
 * io.depin.proofs.compute.ComputeResult} with the hash of its output, and an {@link
 * io.depin.proofs.compute.AgreementEvaluator} decides the agreed hash by quorum and flags
 * dissenters, absentees and equivocators.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * ComputeResultSigner worker = ComputeResultSigner.create(kind, device);
 * byte[] wire = worker.sign(task, inputHash, output, runtime).toBytes();
 * // after ProofVerifier accepted the results
 * TaskOutcome outcome = new AgreementEvaluator(rules).evaluate(assignment, verifiedResults);
 * }
 */
@NullMarked
package io.depin.proofs.compute;

import org.jspecify.annotations.NullMarked;
