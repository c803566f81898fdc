/**
 * Device onboarding as a hardware vendor sees it: a certification request from the device, a
 * certificate from the vendor's CA, attestation in the field, activation by the owner, and what a
 * network refuses (a counterfeit, a replay, a second activation).
 *
 * {@snippet :
 * VendorOnboardingFlow.Result line = VendorOnboardingFlow.run(42, System.out);
 * line.refused();   // each refusal and its reason, for example
 *                   // "replayed attestation" -> "REPLAYED"
 * }
 *
 * <p>Start with {@link io.depin.examples.onboarding.VendorOnboardingFlow}.
 */
@NullMarked
package io.depin.examples.onboarding;

import org.jspecify.annotations.NullMarked;
