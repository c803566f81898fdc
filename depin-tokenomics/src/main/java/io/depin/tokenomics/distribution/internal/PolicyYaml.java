package io.depin.tokenomics.distribution.internal;

import io.depin.core.DecodingException;
import io.depin.core.rules.RuleBook;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.distribution.BucketPolicy;
import io.depin.tokenomics.distribution.CommissionPolicy;
import io.depin.tokenomics.distribution.DistributionMethod;
import io.depin.tokenomics.distribution.DistributionPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a {@link DistributionPolicy} from YAML; see {@link DistributionPolicy#fromYaml}. */
public final class PolicyYaml {
  private static final int MAX_BUCKETS = 256;
  private static final int MAX_VERSIONS = 1024;
  private static final int MAX_OPERATORS = 100_000;
  private static final int MAX_FRACTION_DIGITS = 36;

  private PolicyYaml() {}

  /**
   * Reads a policy.
   *
   * @param source the file name
   * @param yaml the document
   * @return the policy
   * @throws ConfigException naming the key and line at fault
   */
  public static DistributionPolicy read(String source, String yaml) throws ConfigException {
    return policy(YamlNode.parse(source, yaml));
  }

  /**
   * Reads a versioned policy file: a mapping with one key, {@code versions}, a list of {@code
   * {effective: <instant>, policy: <policy>}} in increasing order of their instants.
   *
   * @param source the file name
   * @param yaml the document
   * @return the versions, by effective instant
   * @throws ConfigException naming the key and line at fault
   */
  public static RuleBook<DistributionPolicy> readVersions(String source, String yaml)
      throws ConfigException {
    YamlNode root = YamlNode.parse(source, yaml).requireKeys(Set.of("versions"));
    YamlNode versions = root.get("versions");
    List<YamlNode> elements = versions.elements();
    if (elements.isEmpty() || elements.size() > MAX_VERSIONS) {
      throw versions.error("expected 1 to " + MAX_VERSIONS + " versions");
    }
    RuleBook<DistributionPolicy> book = null;
    Instant last = null;
    for (YamlNode v : elements) {
      v.requireKeys(Set.of("effective", "policy"));
      YamlNode effectiveNode = v.get("effective");
      Instant effective = effectiveNode.instant();
      DistributionPolicy policy = policy(v.get("policy"));
      if (last != null && !effective.isAfter(last)) {
        throw effectiveNode.error("versions must be in increasing order of effective instant; "
            + effective + " is not after " + last);
      }
      book = book == null ? RuleBook.startingAt(effective, policy) : book.thenFrom(effective, policy);
      last = effective;
    }
    // The list of versions was checked to be non-empty, so the loop ran at least once.
    return Objects.requireNonNull(book, "no version");
  }

  /**
   * Reads a policy embedded in another document, such as a scenario.
   *
   * @param node the policy's mapping
   * @return the policy
   * @throws ConfigException naming the key and line at fault
   */
  public static DistributionPolicy read(YamlNode node) throws ConfigException {
    return policy(node);
  }

  private static DistributionPolicy policy(YamlNode root) throws ConfigException {
    root.requireKeys(Set.of("token", "method", "rate", "payout-rounding", "buckets", "commission"));
    YamlNode tokenNode = root.get("token").requireKeys(Set.of("symbol", "decimals"));
    YamlNode symbolNode = tokenNode.get("symbol");
    Token token;
    try {
      token =
          new Token(
              symbolNode.text(), (int) tokenNode.get("decimals").longInRange(0, Token.MAX_DECIMALS));
    } catch (IllegalArgumentException e) {
      throw symbolNode.error(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    YamlNode methodNode = root.get("method");
    DistributionMethod method;
    try {
      method = DistributionMethod.fromName(methodNode.text());
    } catch (IllegalArgumentException e) {
      throw methodNode.error(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    Integer rateScale = null;
    RoundingMode rateRounding = RoundingMode.DOWN;
    Optional<YamlNode> rate = root.find("rate");
    if (rate.isPresent()) {
      YamlNode r = rate.get().requireKeys(Set.of("scale", "rounding"));
      if (method != DistributionMethod.PRO_RATA) {
        throw r.error("a rate scale applies to pro-rata only");
      }
      rateScale = (int) r.get("scale").longInRange(0, DistributionPolicy.MAX_RATE_SCALE);
      rateRounding = roundsDown(r.get("rounding"));
    }
    RoundingMode payoutRounding = roundsDown(root.get("payout-rounding"));
    YamlNode bucketsNode = root.get("buckets");
    List<YamlNode> elements = bucketsNode.elements();
    if (elements.isEmpty() || elements.size() > MAX_BUCKETS) {
      throw bucketsNode.error("expected 1 to " + MAX_BUCKETS + " buckets");
    }
    List<BucketPolicy> buckets = new ArrayList<>();
    for (YamlNode b : elements) {
      buckets.add(bucket(b, token));
    }
    CommissionPolicy commission = CommissionPolicy.NONE;
    Optional<YamlNode> c = root.find("commission");
    if (c.isPresent()) {
      commission = commission(c.get());
    }
    try {
      return new DistributionPolicy(
          token, method, rateScale, rateRounding, payoutRounding, buckets, commission);
    } catch (IllegalArgumentException e) {
      throw bucketsNode.error(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static BucketPolicy bucket(YamlNode b, Token token) throws ConfigException {
    b.requireKeys(Set.of("name", "share", "cap", "rollover"));
    YamlNode nameNode = b.get("name");
    String name = nameNode.text();
    BigDecimal share = fraction(b.get("share"));
    BigInteger cap = null;
    Optional<YamlNode> capNode = b.find("cap");
    if (capNode.isPresent()) {
      try {
        cap = TokenAmount.parse(capNode.get().text(), token).baseUnits();
      } catch (DecodingException e) {
        throw capNode.get().error("expected an amount of " + token.symbol() + ": " + e.getMessage());
      }
      if (cap.signum() < 0) {
        throw capNode.get().error("a cap must not be negative");
      }
    }
    @Nullable String rollover = null;
    Optional<YamlNode> rolloverNode = b.find("rollover");
    if (rolloverNode.isPresent() && !rolloverNode.get().text().equals("unallocated")) {
      rollover = rolloverNode.get().text();
    }
    try {
      return new BucketPolicy(name, share, cap, rollover);
    } catch (IllegalArgumentException e) {
      throw nameNode.error(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static CommissionPolicy commission(YamlNode c) throws ConfigException {
    c.requireKeys(Set.of("rate", "rounding", "operators"));
    BigDecimal defaultRate = fraction(c.get("rate"));
    YamlNode roundingNode = c.get("rounding");
    RoundingMode rounding = rounding(roundingNode);
    if (rounding == RoundingMode.UNNECESSARY) {
      throw roundingNode.error("a commission rounding must round; UNNECESSARY does not");
    }
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    Optional<YamlNode> operators = c.find("operators");
    if (operators.isPresent()) {
      Set<String> keys = operators.get().keys();
      if (keys.size() > MAX_OPERATORS) {
        throw operators.get().error("at most " + MAX_OPERATORS + " operators");
      }
      for (String operator : keys) {
        rates.put(operator, fraction(operators.get().get(operator)));
      }
    }
    return new CommissionPolicy(defaultRate, rates, rounding);
  }

  private static BigDecimal fraction(YamlNode node) throws ConfigException {
    BigDecimal value = node.decimal();
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw node.error("expected a fraction from 0 to 1, found " + node.text());
    }
    value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (value.scale() > MAX_FRACTION_DIGITS) {
      throw node.error("at most " + MAX_FRACTION_DIGITS + " decimal places");
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private static RoundingMode roundsDown(YamlNode node) throws ConfigException {
    RoundingMode mode = rounding(node);
    if (mode != RoundingMode.DOWN && mode != RoundingMode.FLOOR) {
      throw node.error(
          "expected DOWN or FLOOR, found " + mode + ": rounding up could pay more than the pool");
    }
    return mode;
  }

  private static RoundingMode rounding(YamlNode node) throws ConfigException {
    String text = node.text();
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode.name().equals(text)) {
        return mode;
      }
    }
    throw node.error("expected a rounding mode such as DOWN, FLOOR or HALF_EVEN, found \"" + text + "\"");
  }
}
