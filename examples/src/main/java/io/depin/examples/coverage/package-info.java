/**
 * A Helium-like wireless coverage network, one reward epoch end to end: maker certificates and
 * onboarding, heartbeats, beacons and witnesses through one proof verifier, a cheating hotspot,
 * exact reward distribution and an OpenZeppelin-compatible claims tree.
 *
 * {@snippet :
 * WirelessCoverageEpoch.Result day = WirelessCoverageEpoch.run(42, System.out);
 * day.distribution().paid().plus(day.distribution().unallocated());   // == the day's emission
 * }
 *
 * <p>Start with {@link io.depin.examples.coverage.WirelessCoverageEpoch}.
 */
@NullMarked
package io.depin.examples.coverage;

import org.jspecify.annotations.NullMarked;
