package io.depin.tokenomics.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.tokenomics.config.ConfigException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class YamlNodeTest {
  private static final String SCHEDULE =
      """
      emission:
        kind: halving
        initial: 1_000_000_000000000000000000
        interval: 730
        rate: 0.0003
        start: 2026-01-01T00:00:00Z
        epoch: P1D
        capped: true
      steps:
        - 1
        - 2
      """;

  @Test
  void readsTypedValuesExactly() throws ConfigException {
    YamlNode root = YamlNode.parse("s.yaml", SCHEDULE);
    YamlNode emission = root.get("emission");
    assertThat(emission.get("kind").text()).isEqualTo("halving");
    assertThat(emission.get("initial").integer())
        .isEqualTo(new BigInteger("1000000000000000000000000"));
    assertThat(emission.get("interval").longInRange(1, 10_000)).isEqualTo(730);
    assertThat(emission.get("rate").decimal()).isEqualByComparingTo(new BigDecimal("0.0003"));
    assertThat(emission.get("start").instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(emission.get("epoch").duration()).isEqualTo(Duration.ofDays(1));
    assertThat(emission.get("capped").bool()).isTrue();
    assertThat(root.get("steps").elements()).hasSize(2);
    assertThat(root.find("missing")).isEmpty();
  }

  @Test
  void errorsNameTheKeyAndTheLine() throws ConfigException {
    YamlNode emission = YamlNode.parse("s.yaml", SCHEDULE).get("emission");
    assertThatThrownBy(() -> emission.get("interval").longInRange(1, 100))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("emission.interval");
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.getMessage()).startsWith("s.yaml:4:").contains("emission.interval");
        });
    assertThatThrownBy(() -> emission.get("kind").integer())
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(2));
    assertThatThrownBy(() -> emission.get("halvings"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("emission.halvings");
          assertThat(e.problem()).contains("required");
        });
    assertThatThrownBy(() -> emission.requireKeys(Set.of("kind")))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("emission.initial");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.problem()).contains("unknown key");
        });
    assertThatThrownBy(() -> YamlNode.parse("s.yaml", SCHEDULE).get("steps").get("x"))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("steps"));
  }

  @Test
  void rejectsDuplicateKeysSyntaxErrorsAndEmptyFiles() {
    assertThatThrownBy(() -> YamlNode.parse("d.yaml", "a: 1\nb: 2\na: 3\n"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("a");
          assertThat(e.line()).isEqualTo(3);
        });
    assertThatThrownBy(() -> YamlNode.parse("x.yaml", "a: [1, 2\nb: 3\n"))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem()).startsWith("not valid YAML"));
    assertThatThrownBy(() -> YamlNode.parse("e.yaml", ""))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem()).contains("empty"));
    assertThatThrownBy(() -> YamlNode.parse("two.yaml", "a: 1\n---\nb: 2\n"))
        .isInstanceOf(ConfigException.class);
  }

  @Property(tries = 300)
  void anyInputIsEitherParsedOrRejectedWithConfigException(@ForAll String text) {
    try {
      YamlNode.parse("fuzz.yaml", text);
    } catch (ConfigException expected) {
      assertThat(expected.source()).isEqualTo("fuzz.yaml");
    }
  }
}
