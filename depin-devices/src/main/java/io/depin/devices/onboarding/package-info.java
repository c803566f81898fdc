/**
 * Onboarding a device into a network: the device proves possession of its key, its maker
 * countersigns as authorised issuer, and the owner signs the claim.
 *
 * <p>{@link io.depin.devices.onboarding.OnboardingRequest} carries the three signatures over one
 * {@link io.depin.devices.onboarding.OnboardingClaim}; {@link
 * io.depin.devices.onboarding.OnboardingVerifier} checks them, the network, freshness, replay and
 * the maker's standing, and returns an {@link io.depin.devices.onboarding.OnboardingRecord} that
 * only it can create, or rejects with an {@link io.depin.devices.onboarding.OnboardingException}
 * naming one {@link io.depin.devices.onboarding.OnboardingException.Reason}.
 */
@NullMarked
package io.depin.devices.onboarding;

import org.jspecify.annotations.NullMarked;
