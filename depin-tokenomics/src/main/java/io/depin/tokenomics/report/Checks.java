package io.depin.tokenomics.report;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the chart types. */
final class Checks {
  private static final Pattern CHART_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private Checks() {}

  /** Checks a chart id: it names the chart's CSV file, so it is a safe file name. */
  static String chartId(String id) {
    Objects.requireNonNull(id, "id");
    if (!CHART_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "chart id must be 1 to 64 of [a-z0-9-], starting with a letter or digit: \"" + id + "\"");
    }
    return id;
  }

  /** Checks a label that is shown to people: non-blank. */
  static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /** Checks a plotted value. */
  static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite: " + value);
    }
    return value;
  }

  /** Checks that step values are finite and strictly increasing. */
  static double[] increasing(double[] xs, String what) {
    for (int i = 0; i < xs.length; i++) {
      finite(xs[i], what + "[" + i + "]");
      if (i > 0 && !(xs[i] > xs[i - 1])) {
        throw new IllegalArgumentException(
            what + " must be strictly increasing: " + xs[i - 1] + " then " + xs[i]);
      }
    }
    return xs;
  }
}
