package io.depin.tokenomics.staking.internal;

import io.depin.core.rules.RuleBook;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.RuleBookYaml;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.staking.StakingRules;
import java.math.RoundingMode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads {@link StakingRules} and versioned books of them from YAML nodes. */
public final class StakingYaml {
  /** The largest delay accepted, in epochs. */
  public static final long MAX_EPOCHS = 1_000_000_000_000L;

  private static final Set<String> KEYS = Set.of("bondingDelay", "unbondingDelay", "slashRounding");

  private StakingYaml() {}

  /**
   * Reads a rounding mode written in lower case with dashes, such as {@code half-even}.
   *
   * @param node the scalar
   * @return the rounding mode, never {@code UNNECESSARY}
   * @throws ConfigException if it names no rounding
   */
  public static RoundingMode rounding(YamlNode node) throws ConfigException {
    return switch (node.text()) {
      case "floor" -> RoundingMode.FLOOR;
      case "ceiling" -> RoundingMode.CEILING;
      case "up" -> RoundingMode.UP;
      case "down" -> RoundingMode.DOWN;
      case "half-up" -> RoundingMode.HALF_UP;
      case "half-down" -> RoundingMode.HALF_DOWN;
      case "half-even" -> RoundingMode.HALF_EVEN;
      default ->
          throw node.error(
              "expected one of floor, ceiling, up, down, half-up, half-down, half-even");
    };
  }

  /**
   * Reads one version of the rules: {@code bondingDelay}, {@code unbondingDelay} and {@code
   * slashRounding}.
   *
   * @param node the mapping
   * @param extraKey one more key the mapping may have (such as {@code effective}), or null
   * @return the rules
   * @throws ConfigException if a key is missing, unknown or out of range
   */
  public static StakingRules rules(YamlNode node, @Nullable String extraKey)
      throws ConfigException {
    if (extraKey == null) {
      node.requireKeys(KEYS);
    } else {
      node.requireKeys(Set.of("bondingDelay", "unbondingDelay", "slashRounding", extraKey));
    }
    return new StakingRules(
        node.get("bondingDelay").longInRange(0, MAX_EPOCHS),
        node.get("unbondingDelay").longInRange(0, MAX_EPOCHS),
        rounding(node.get("slashRounding")));
  }

  /**
   * Reads a list of versions, each a mapping with an {@code effective} instant and the rules, in
   * increasing order of {@code effective}.
   *
   * @param node the list
   * @return the book
   * @throws ConfigException if the list is empty, out of order or a version is invalid
   */
  public static RuleBook<StakingRules> book(YamlNode node) throws ConfigException {
    return RuleBookYaml.book(node, v -> rules(v, "effective"));
  }
}
