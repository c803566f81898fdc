package io.depin.proofs.location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps the distance between a claimed and an asserted location to a trust multiplier: a list of
 * bands, each covering distances up to and including its limit, and a multiplier for every distance
 * beyond the last band. Multipliers are exact decimals from 0 to 1.
 *
 * {@snippet :
 * TrustTable table = TrustTable.builder()
 *     .upTo(200, new BigDecimal("1.00"))
 *     .beyond(new BigDecimal("0.25"));
 * BigDecimal m = table.multiplierFor(150.0);   // 1.00
 * }
 *
 * <p>The presets {@link #hip119IndoorWifi()} and {@link #hip119OutdoorWifi()} carry the numbers of
 * Helium's HIP-119 ("Closing gaming loopholes within the Mobile network",
 * https://github.com/helium/HIP/blob/main/0119-closing-gaming-loopholes-within-the-mobile-network.md)
 * as the Helium Mobile verifier applies them (helium/oracles, {@code mobile-verifier}, location
 * trust from the distance to the asserted location). They are examples of a real network's table;
 * a network sets its own.
 *
 * @param bands the bands, by increasing limit
 * @param beyond the multiplier for distances greater than the last band's limit
 * @since 0.1.0
 */
public record TrustTable(List<Band> bands, BigDecimal beyond) {
  /**
   * Validates the table.
   *
   * @throws IllegalArgumentException if the limits do not increase strictly or a multiplier is
   *     outside [0, 1]
   */
  public TrustTable {
    bands = List.copyOf(bands);
    requireMultiplier(beyond);
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).upToMeters() <= bands.get(i - 1).upToMeters()) {
        throw new IllegalArgumentException("band limits must increase strictly: " + bands);
      }
    }
  }

  /** {@return a builder with no bands} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * HIP-119 for indoor Wi-Fi hotspots: within 200 m 1.00, within 300 m 0.25, beyond 0.00.
   *
   * @return the table
   */
  public static TrustTable hip119IndoorWifi() {
    return builder()
        .upTo(200, new BigDecimal("1.00"))
        .upTo(300, new BigDecimal("0.25"))
        .beyond(new BigDecimal("0.00"));
  }

  /**
   * HIP-119 for outdoor Wi-Fi hotspots: within 75 m 1.00, within 100 m 0.25, beyond 0.00.
   *
   * @return the table
   */
  public static TrustTable hip119OutdoorWifi() {
    return builder()
        .upTo(75, new BigDecimal("1.00"))
        .upTo(100, new BigDecimal("0.25"))
        .beyond(new BigDecimal("0.00"));
  }

  /**
   * Returns the multiplier for a distance: that of the first band whose limit is at least the
   * distance, or {@link #beyond()}.
   *
   * @param distanceMeters the distance, 0 or more
   * @return the multiplier
   * @throws IllegalArgumentException if the distance is negative or not a number
   */
  public BigDecimal multiplierFor(double distanceMeters) {
    if (!(distanceMeters >= 0)) {
      throw new IllegalArgumentException("a distance is 0 or more: " + distanceMeters);
    }
    for (Band band : bands) {
      if (distanceMeters <= band.upToMeters()) {
        return band.multiplier();
      }
    }
    return beyond;
  }

  private static BigDecimal requireMultiplier(BigDecimal multiplier) {
    Objects.requireNonNull(multiplier, "multiplier");
    if (multiplier.signum() < 0 || multiplier.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a multiplier is from 0 to 1: " + multiplier);
    }
    return multiplier;
  }

  /**
   * One band of a {@link TrustTable}.
   *
   * {@snippet :
   * TrustTable.Band band = new TrustTable.Band(200, new BigDecimal("1.00"));
   * }
   *
   * @param upToMeters the largest distance in the band, in metres, 0 or more
   * @param multiplier the band's multiplier, from 0 to 1
   */
  public record Band(long upToMeters, BigDecimal multiplier) {
    /**
     * Validates the band.
     *
     * @throws IllegalArgumentException if the limit is negative or the multiplier outside [0, 1]
     */
    public Band {
      if (upToMeters < 0) {
        throw new IllegalArgumentException("a band limit is 0 or more: " + upToMeters);
      }
      requireMultiplier(multiplier);
    }
  }

  /**
   * Builds a {@link TrustTable} band by band, nearest first.
   *
   * {@snippet :
   * TrustTable table = TrustTable.builder().upTo(50, BigDecimal.ONE).beyond(BigDecimal.ZERO);
   * }
   */
  public static final class Builder {
    private final List<Band> bands = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a band.
     *
     * @param upToMeters the band's largest distance, greater than the previous band's
     * @param multiplier the band's multiplier, from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the band is not valid
     */
    public Builder upTo(long upToMeters, BigDecimal multiplier) {
      bands.add(new Band(upToMeters, multiplier));
      return this;
    }

    /**
     * Completes the table.
     *
     * @param multiplier the multiplier for distances beyond the last band
     * @return the table
     * @throws IllegalArgumentException if the table is not valid
     */
    public TrustTable beyond(BigDecimal multiplier) {
      return new TrustTable(bands, multiplier);
    }
  }
}
