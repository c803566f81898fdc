/**
 * Test support for proofs: {@link io.depin.testkit.proofs.SimulatedFleet}, a real registry with
 * onboarded devices and a fake clock for running honest and cheating devices through a real
 * verifier, and {@link io.depin.testkit.proofs.ReplayGuardContractTest}, the contract every {@link
 * io.depin.proofs.ReplayGuard} implementation must pass.
 */
@NullMarked
package io.depin.testkit.proofs;

import org.jspecify.annotations.NullMarked;
