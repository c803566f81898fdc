/**
 * Remote attestation of devices: a verifier issues a single-use challenge ({@link
 * io.depin.devices.attestation.AttestationVerifier#issueChallenge()}), the device answers with a
 * signed statement of its firmware hash and its device certificate ({@link
 * io.depin.devices.attestation.AttestationResponse}), and the verifier checks the answer against a
 * maker's CA certificate, returning a {@link io.depin.devices.attestation.VerifiedAttestation}.
 */
@NullMarked
package io.depin.devices.attestation;

import org.jspecify.annotations.NullMarked;
