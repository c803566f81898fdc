package io.depin.proofs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a {@link ProofKind}'s own check concludes: the payload passes, or it fails with the kind's
 * reason code.
 *
 * {@snippet :
 * return ping.counter() <= rules.maxCounter()
 *     ? CheckResult.ok()
 *     : CheckResult.fail("counter_too_high", "counter " + ping.counter());
 * }
 *
 * @since 0.1.0
 */
public sealed interface CheckResult {
  /**
   * Returns the passing result.
   *
   * @return the result
   */
  static CheckResult ok() {
    return Ok.INSTANCE;
  }

  /**
   * Returns a failing result.
   *
   * @param code the kind's reason code; see {@link Failed}
   * @param detail a description for people
   * @return the result
   * @throws IllegalArgumentException if the code is not valid
   */
  static CheckResult fail(String code, String detail) {
    return new Failed(code, detail);
  }

  /**
   * The payload passes the kind's check.
   *
   * {@snippet :
   * CheckResult result = CheckResult.ok();
   * }
   */
  enum Ok implements CheckResult {
    /** The only instance. */
    INSTANCE
  }

  /**
   * The payload fails the kind's check.
   *
   * {@snippet :
   * CheckResult result = new CheckResult.Failed("counter_too_high", "counter 101 > 100");
   * }
   *
   * @param code the kind's reason code: 1 to 64 characters from {@code a-z 0-9 _ . -}, starting
   *     with a letter, so it never collides with a {@link RejectionReason} name
   * @param detail a description for people
   */
  record Failed(String code, String detail) implements CheckResult {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    /**
     * Validates the code.
     *
     * @throws IllegalArgumentException if the code is not valid
     */
    public Failed {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(detail, "detail");
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "a kind's reason code is 1 to 64 characters of a-z 0-9 _ . -, starting with a letter: '"
                + code + "'");
      }
    }
  }
}
