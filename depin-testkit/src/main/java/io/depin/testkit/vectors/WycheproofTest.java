package io.depin.testkit.vectors;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One Wycheproof signature-verification case: verify {@link #sig()} over {@link #msg()} with the
 * group's public key, and compare the outcome with {@link #result()}.
 *
 * {@snippet :
 * WycheproofTest test = group.tests().get(0);
 * boolean accepted = myVerifier.verify(group.publicKey().encoded(), test.msg(), test.sig());
 * if (!test.result().allows(accepted)) {
 *   failures.add("tcId " + test.tcId() + " " + test.flags());
 * }
 * }
 *
 * @param tcId the case's id, unique within its file
 * @param comment what the case checks; may be empty
 * @param flags the names of the notes that apply (see {@link WycheproofFile#notes()})
 * @param msg the message
 * @param sig the signature, exactly as in the file (it may be truncated or padded on purpose)
 * @param result whether a correct verifier accepts the signature
 * @since 0.1.0
 */
public record WycheproofTest(
    int tcId, String comment, List<String> flags, Bytes msg, Bytes sig, Result result) {

  /** Checks that no component is null and copies {@code flags}. */
  public WycheproofTest {
    Objects.requireNonNull(comment, "comment");
    flags = List.copyOf(flags);
    Objects.requireNonNull(msg, "msg");
    Objects.requireNonNull(sig, "sig");
    Objects.requireNonNull(result, "result");
  }

  /**
   * The expected outcome of a Wycheproof case.
   *
   * {@snippet :
   * WycheproofTest.Result r = WycheproofTest.Result.fromJson("acceptable");
   * r.allows(true);    // true
   * r.allows(false);   // true
   * }
   *
   * @since 0.1.0
   */
  public enum Result {
    /** A correct verifier must accept the signature. */
    VALID,
    /** A correct verifier must reject the signature. */
    INVALID,
    /**
     * Either outcome is correct (the case uses a legacy or weak encoding); see the flags for which.
     */
    ACCEPTABLE;

    /**
     * Parses the file's spelling: {@code valid}, {@code invalid} or {@code acceptable}, exactly.
     *
     * @param text the value of a test's {@code result} field
     * @return the result
     * @throws DecodingException with {@link Reason#INVALID_VALUE} for any other text
     */
    public static Result fromJson(String text) {
      for (Result r : values()) {
        if (r.toJson().equals(text)) {
          return r;
        }
      }
      throw new DecodingException(
          Reason.INVALID_VALUE,
          "unknown Wycheproof result \"" + text + "\"; expected valid, invalid or acceptable");
    }

    /** {@return the file's spelling of this result} */
    public String toJson() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns whether a verifier that accepted ({@code true}) or rejected ({@code false}) the
     * signature behaved correctly.
     *
     * @param accepted what the verifier did
     * @return true if that outcome is allowed by this result
     */
    public boolean allows(boolean accepted) {
      return switch (this) {
        case VALID -> accepted;
        case INVALID -> !accepted;
        case ACCEPTABLE -> true;
      };
    }
  }
}
