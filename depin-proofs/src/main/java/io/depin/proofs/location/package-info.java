/**
 * Location proofs: signed {@link io.depin.proofs.location.LocationClaim}s judged per device for
 * plausible travel speed ({@link io.depin.proofs.location.LocationTrack}), the distance to the
 * asserted location mapped to a trust multiplier ({@link io.depin.proofs.location.TrustTable}), and
 * round-trip-time distance bounding against a challenger at a known place ({@link
 * io.depin.proofs.location.DistanceBounding}). Rules are versioned with {@link
 * io.depin.core.rules.RuleBook} of {@link io.depin.proofs.location.LocationRules}.
 *
 * <p>Reason codes: {@code location.no-rules}, {@code location.accuracy-too-coarse} (the kinds'
 * checks); {@code location.implausible-speed}, {@code location.no-asserted-location} (the track);
 * {@code location.ranging-wrong-device}, {@code location.ranging-nonce-mismatch}, {@code
 * location.faster-than-light} (distance bounding).
 */
@NullMarked
package io.depin.proofs.location;

import org.jspecify.annotations.NullMarked;
