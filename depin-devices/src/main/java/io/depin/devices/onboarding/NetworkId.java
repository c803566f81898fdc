package io.depin.devices.onboarding;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a DePIN network, signed into every onboarding and lifecycle statement so that a
 * statement made for one network is rejected by another.
 *
 * <p>A name is 1 to 64 characters from {@code a-z 0-9 . _ -}, starting with a letter or digit.
 *
 * {@snippet :
 * NetworkId network = NetworkId.of("io.example.weather-mainnet");
 * }
 *
 * @param value the name
 * @since 0.1.0
 */
public record NetworkId(String value) {
  /** The longest name accepted. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * Validates the name.
   *
   * @throws IllegalArgumentException if the name is empty, too long or has another character
   */
  public NetworkId {
    Objects.requireNonNull(value, "value");
    if (!SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a network id is 1 to 64 characters of a-z 0-9 . _ -, starting with a letter or digit");
    }
  }

  /**
   * Returns the network named {@code value}.
   *
   * @param value the name
   * @return the network id
   * @throws IllegalArgumentException if the name is not valid
   */
  public static NetworkId of(String value) {
    return new NetworkId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
