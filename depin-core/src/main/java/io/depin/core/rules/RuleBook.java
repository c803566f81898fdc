package io.depin.core.rules;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rule sets versioned by the instant they take effect. A proof is judged by the rules in force at
 * its own timestamp, so changing the rules never changes the verdict on proofs made before the
 * change.
 *
 * {@snippet :
 * RuleBook<PingRules> rules = RuleBook.startingAt(launch, new PingRules(100))
 *     .thenFrom(launch.plus(Duration.ofDays(30)), new PingRules(50));
 * Optional<PingRules> inForce = rules.inForceAt(proof.timestamp());
 * }
 *
 * <p>Immutable and thread-safe when the rule objects are.
 *
 * @param <R> the type of a rule set
 * @since 0.1.0
 */
public final class RuleBook<R> {
  private final NavigableMap<Instant, R> byEffectiveInstant;

  private RuleBook(NavigableMap<Instant, R> byEffectiveInstant) {
    this.byEffectiveInstant = byEffectiveInstant;
  }

  /**
   * Returns a book whose first rule set takes effect at {@code effective}.
   *
   * @param <R> the type of a rule set
   * @param effective the first instant the rules apply to
   * @param rules the rules
   * @return the book
   */
  public static <R> RuleBook<R> startingAt(Instant effective, R rules) {
    TreeMap<Instant, R> map = new TreeMap<>();
    map.put(Objects.requireNonNull(effective, "effective"), Objects.requireNonNull(rules, "rules"));
    return new RuleBook<>(map);
  }

  /**
   * Returns a book that also holds {@code rules}, in force from {@code effective} on. Versions are
   * appended in order, so history is never rewritten.
   *
   * @param effective the first instant the new rules apply to
   * @param rules the new rules
   * @return the new book; this one is unchanged
   * @throws IllegalArgumentException if {@code effective} is not after the latest version's instant
   */
  public RuleBook<R> thenFrom(Instant effective, R rules) {
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(rules, "rules");
    if (!effective.isAfter(byEffectiveInstant.lastKey())) {
      throw new IllegalArgumentException(
          "rules take effect in order: " + effective + " is not after "
              + byEffectiveInstant.lastKey());
    }
    TreeMap<Instant, R> map = new TreeMap<>(byEffectiveInstant);
    map.put(effective, rules);
    return new RuleBook<>(map);
  }

  /**
   * Returns the rules in force at {@code instant}: the latest version whose effective instant is at
   * or before it.
   *
   * @param instant the instant, usually a proof's timestamp
   * @return the rules, or empty if {@code instant} is before the first version
   */
  public Optional<R> inForceAt(Instant instant) {
    Map.Entry<Instant, R> entry = byEffectiveInstant.floorEntry(instant);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  @Override
  public String toString() {
    return "RuleBook[versions=" + byEffectiveInstant.keySet() + "]";
  }
}
