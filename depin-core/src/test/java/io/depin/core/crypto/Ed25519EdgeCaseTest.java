package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.bytes.Hex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the Ed25519 edge-case collections (vectors/ed25519_edge_cases/README.md: the CCTV
 * vectors, the ZIP-215 vectors of ed25519-zebra, and the twelve cases of "Taming the many
 * EdDSAs") through {@link PublicKey#fromRaw} and {@link PublicKey#verify(byte[], Signature)}.
 *
 * <p>The expected outcome of each case is not read from the files, which record what other rules
 * decide: {@link Ed25519Rule} works it out from the SDK's documented rule over an independent
 * BigInteger model of the curve. Each file's own verdicts (ZIP-215; for CCTV, the ref10 and
 * dalek {@code verify_strict} behaviour its README derives from the flags) are then compared with
 * the SDK's, and every disagreement must be one the table in the {@code io.depin.core.crypto}
 * package description lists.
 */
class Ed25519EdgeCaseTest {
  private static final byte[] IDENTITY = Hex.decode("01" + "00".repeat(31));

  /** Where the SDK rejects and ZIP-215 accepts: every row of the table but {@code S >= L}. */
  private static final Set<Ed25519Rule> STRICTER_THAN_ZIP215 =
      EnumSet.of(
          Ed25519Rule.KEY_NON_CANONICAL,
          Ed25519Rule.KEY_UNDECODABLE,
          Ed25519Rule.KEY_SMALL_ORDER,
          Ed25519Rule.KEY_MIXED_ORDER,
          Ed25519Rule.R_NON_CANONICAL,
          Ed25519Rule.R_UNDECODABLE,
          Ed25519Rule.COFACTORLESS_FAILS_COFACTORED_HOLDS);

  /** Where the SDK rejects and ref10 accepts: the checks on {@code A}. */
  private static final Set<Ed25519Rule> STRICTER_THAN_REF10 =
      EnumSet.of(
          Ed25519Rule.KEY_NON_CANONICAL,
          Ed25519Rule.KEY_UNDECODABLE,
          Ed25519Rule.KEY_SMALL_ORDER,
          Ed25519Rule.KEY_MIXED_ORDER);

  /** Where the SDK rejects and {@code verify_strict} accepts: a mixed-order {@code A}. */
  private static final Set<Ed25519Rule> STRICTER_THAN_DALEK_STRICT =
      EnumSet.of(Ed25519Rule.KEY_MIXED_ORDER);

  /**
   * One case and what other verifiers decide on it (null where the file does not say).
   */
  @SuppressWarnings("ArrayRecordComponent") // a test input, never compared with equals
  private record Case(
      String id, byte[] key, byte[] sig, byte[] message, Boolean zip215, Boolean ref10, Boolean strict) {}

  @Test
  void verify_cctvVectors_matchDocumentedRuleAndTable() {
    List<Case> cases = new ArrayList<>();
    for (JsonNode v : Vectors.load("ed25519_edge_cases/cctv_ed25519vectors.json")) {
      Set<String> flags = new HashSet<>();
      v.path("flags").forEach(f -> flags.add(f.asText()));
      boolean ref10 = !flags.contains("non_canonical_R") && !flags.contains("low_order_residue");
      boolean strict = flags.stream().allMatch(f -> f.startsWith("low_order_component_"));
      cases.add(
          new Case(
              "cctv " + v.get("number").asInt(),
              Hex.decode(v.get("key").asText()),
              Hex.decode(v.get("sig").asText()),
              v.get("msg").asText().getBytes(StandardCharsets.UTF_8),
              true,
              ref10,
              strict));
    }
    assertThat(cases).hasSize(914);
    assertThat(run(cases)).isEmpty();
  }

  @Test
  void verify_zip215Vectors_matchDocumentedRuleAndTable() {
    List<Case> cases = new ArrayList<>();
    int i = 0;
    for (JsonNode v : Vectors.load("ed25519_edge_cases/zip215.json")) {
      cases.add(
          new Case(
              "zip215 " + i++,
              Hex.decode(v.get("vk_bytes").asText()),
              Hex.decode(v.get("sig_bytes").asText()),
              "Zcash".getBytes(StandardCharsets.US_ASCII),
              v.get("valid_zip215").asBoolean(),
              null,
              null));
    }
    assertThat(cases).hasSize(196);
    assertThat(run(cases)).isEmpty();
  }

  @Test
  void verify_speccheckCases_matchDocumentedRule() {
    List<Case> cases = new ArrayList<>();
    int i = 0;
    for (JsonNode v : Vectors.load("ed25519_edge_cases/speccheck_edge_cases.json")) {
      cases.add(
          new Case(
              "speccheck " + i++,
              Hex.decode(v.get("pub_key").asText()),
              Hex.decode(v.get("signature").asText()),
              Hex.decode(v.get("message").asText()),
              null,
              null,
              null));
    }
    assertThat(cases).hasSize(12);
    assertThat(run(cases)).isEmpty();
  }

  /** Returns a line for every case where the SDK, the rule or the table disagree. */
  private static List<String> run(List<Case> cases) {
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      Ed25519Rule rule = Ed25519Rule.decide(c.key(), c.sig(), c.message());
      String actual = Ed25519Rule.outcomeOf(c.key(), c.sig(), c.message());
      if (!actual.equals(rule.expectedOutcome())) {
        failures.add(c.id() + ": rule " + rule + " expects " + rule.expectedOutcome() + ", SDK " + actual);
        continue;
      }
      boolean sdkAccepts = rule == Ed25519Rule.ACCEPTED;
      boolean rIsIdentity = Arrays.equals(Arrays.copyOf(c.sig(), 32), IDENTITY);
      compare(failures, c, "ZIP-215", c.zip215(), sdkAccepts, rule, STRICTER_THAN_ZIP215, false);
      compare(failures, c, "ref10", c.ref10(), sdkAccepts, rule, STRICTER_THAN_REF10, false);
      compare(
          failures, c, "verify_strict", c.strict(), sdkAccepts, rule, STRICTER_THAN_DALEK_STRICT, rIsIdentity);
    }
    return failures;
  }

  private static void compare(
      List<String> failures,
      Case c,
      String other,
      Boolean otherAccepts,
      boolean sdkAccepts,
      Ed25519Rule rule,
      Set<Ed25519Rule> documentedStricter,
      boolean documentedLaxer) {
    if (otherAccepts == null || otherAccepts == sdkAccepts) {
      return;
    }
    if (otherAccepts && !documentedStricter.contains(rule)) {
      failures.add(c.id() + ": " + other + " accepts, the SDK rejects (" + rule + "), not in the table");
    }
    if (!otherAccepts && !documentedLaxer) {
      failures.add(c.id() + ": " + other + " rejects, the SDK accepts, not in the table");
    }
  }
}
