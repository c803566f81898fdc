package io.depin.proofs.coverage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;

/** Reads signed integer members in a stated range, strictly. */
public final class SignedInts {
  private SignedInts() {}

  /**
   * Reads an integer member in {@code [min, max]}.
   *
   * @param node the object
   * @param member the member name
   * @param min the smallest value accepted
   * @param max the largest value accepted
   * @return the value
   * @throws DecodingException if the member is absent, not a number, not an integer or out of
   *     range
   */
  public static int read(JsonNode node, String member, int min, int max) {
    JsonNode value = node.get(member);
    if (value == null || !value.isNumber()) {
      throw new DecodingException(Reason.MALFORMED, "'" + member + "' must be a number");
    }
    double d = value.doubleValue();
    if (!(d >= min && d <= max) || d != Math.rint(d)) {
      throw new DecodingException(Reason.INVALID_VALUE,
          "'" + member + "' must be an integer in [" + min + ", " + max + "]");
    }
    return (int) d;
  }
}
