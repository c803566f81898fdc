package io.depin.core.json;

import java.math.BigDecimal;

/**
 * Formats a finite double as ECMAScript's {@code Number.prototype.toString()} does (ECMA-262,
 * Number::toString with radix 10), which RFC 8785 §3.2.2.3 prescribes for JSON numbers.
 *
 * <p>The shortest decimal significand comes from {@link Double#toString(double)}, which since JDK 19
 * selects the shortest decimal that rounds to the double and, among those, the closest (ties to an
 * even digit), the same rule as ECMAScript. The one difference is that Java considers two-digit
 * decimals when a one-digit decimal exists (it prints {@code 4.9E-324} where ECMAScript prints
 * {@code 5e-324}); {@link #shortestDigits} corrects that case. The digits are then laid out with
 * ECMAScript's rules: plain notation for decimal exponents from -6 to 21, otherwise {@code e+}/{@code
 * e-} notation.
 */
final class EcmaScriptNumber {
  private EcmaScriptNumber() {}

  /**
   * Returns the ECMAScript string for a finite double; {@code -0} gives {@code "0"}.
   *
   * @param value a finite double
   * @return the ECMAScript rendering
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  static String toString(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("NaN and infinities have no JSON representation");
    }
    if (value == 0) {
      return "0";
    }
    if (value < 0) {
      return "-" + positiveToString(-value);
    }
    return positiveToString(value);
  }

  private static String positiveToString(double value) {
    Digits d = shortestDigits(value);
    String s = d.significand();
    int k = s.length();
    int n = d.pointPosition();
    StringBuilder out = new StringBuilder(k + 8);
    if (k <= n && n <= 21) {
      out.append(s).repeat('0', n - k);
    } else if (0 < n && n <= 21) {
      out.append(s, 0, n).append('.').append(s, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").repeat('0', -n).append(s);
    } else {
      int e = n - 1;
      out.append(s.charAt(0));
      if (k > 1) {
        out.append('.').append(s, 1, k);
      }
      out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return out.toString();
  }

  /**
   * The decimal {@code 0.significand × 10^pointPosition}: the significand has no leading or
   * trailing zeros.
   */
  private record Digits(String significand, int pointPosition) {}

  /** {@return ECMAScript's digits for a positive finite double} */
  private static Digits shortestDigits(double value) {
    Digits java = javaDigits(value);
    if (java.significand().length() != 2) {
      return java;
    }
    // Java may have chosen two digits where one suffices; try both one-digit neighbours.
    int first = java.significand().charAt(0) - '0';
    Digits down = new Digits(Integer.toString(first), java.pointPosition());
    Digits up =
        first == 9
            ? new Digits("1", java.pointPosition() + 1)
            : new Digits(Integer.toString(first + 1), java.pointPosition());
    boolean downOk = roundTrips(down, value);
    boolean upOk = roundTrips(up, value);
    if (downOk && upOk) {
      BigDecimal exact = new BigDecimal(value);
      int cmp =
          exact.subtract(toBigDecimal(down)).compareTo(toBigDecimal(up).subtract(exact));
      if (cmp != 0) {
        return cmp < 0 ? down : up;
      }
      return (first % 2 == 0) ? down : up;
    }
    if (downOk) {
      return down;
    }
    if (upOk) {
      return up;
    }
    return java;
  }

  private static boolean roundTrips(Digits d, double value) {
    return toBigDecimal(d).doubleValue() == value;
  }

  private static BigDecimal toBigDecimal(Digits d) {
    return new BigDecimal(new java.math.BigInteger(d.significand()), d.significand().length() - d.pointPosition());
  }

  /** Parses the output of {@link Double#toString(double)} for a positive finite value. */
  private static Digits javaDigits(double value) {
    String text = Double.toString(value);
    int e = text.indexOf('E');
    String mantissa = e < 0 ? text : text.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
    int dot = mantissa.indexOf('.');
    String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    int leading = 0;
    while (all.charAt(leading) == '0') {
      leading++;
    }
    int end = all.length();
    while (all.charAt(end - 1) == '0') {
      end--;
    }
    return new Digits(all.substring(leading, end), dot + exponent - leading);
  }
}
