package io.depin.proofs.coverage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A radio regulatory region (a LoRaWAN regional plan such as {@code EU868} or {@code US915}): a
 * beacon and its witnesses must name the same one.
 *
 * {@snippet :
 * Region eu = Region.of("EU868");
 * }
 *
 * @param code 2 to 16 characters of {@code A-Z 0-9 _}, starting with a letter
 * @since 0.1.0
 */
public record Region(String code) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

  /**
   * Validates the code.
   *
   * @throws IllegalArgumentException if the code is not valid
   */
  public Region {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a region code is 2 to 16 characters of A-Z 0-9 _, starting with a letter: '" + code
              + "'");
    }
  }

  /**
   * Returns the region with this code.
   *
   * @param code the code
   * @return the region
   * @throws IllegalArgumentException if the code is not valid
   */
  public static Region of(String code) {
    return new Region(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
