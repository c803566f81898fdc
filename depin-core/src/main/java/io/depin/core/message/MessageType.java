package io.depin.core.message;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The purpose a signed message was made for: a short ASCII tag such as {@code
 * "io.example.uptime-report/v1"}.
 *
 * <p>The tag is part of the signed bytes (see {@link SignedMessage}), so a signature made for one
 * type never verifies as another. Choose one tag per message schema and version, prefixed by a name
 * your network owns. A tag is 1 to 128 characters from {@code a-z 0-9 . _ - /}, starting with a
 * letter or digit.
 *
 * {@snippet :
 * MessageType uptime = MessageType.of("io.example.uptime-report/v1");
 * }
 *
 * @param value the tag
 * @since 0.1.0
 */
public record MessageType(String value) {
  /** The longest tag accepted. */
  public static final int MAX_LENGTH = 128;

  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,127}");

  /**
   * Validates the tag.
   *
   * @throws IllegalArgumentException if the tag is empty, longer than {@value #MAX_LENGTH}, or
   *     has a character outside {@code a-z 0-9 . _ - /}
   */
  public MessageType {
    Objects.requireNonNull(value, "value");
    if (!SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a message type is 1 to 128 characters of a-z 0-9 . _ - /, starting with a letter or"
              + " digit: '" + value + "'");
    }
  }

  /**
   * Returns the type with tag {@code value}.
   *
   * @param value the tag
   * @return the type
   * @throws IllegalArgumentException if the tag is not valid
   */
  public static MessageType of(String value) {
    return new MessageType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
