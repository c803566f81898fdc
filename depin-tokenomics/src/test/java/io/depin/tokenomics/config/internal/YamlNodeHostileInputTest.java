package io.depin.tokenomics.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.token.Token;
import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.config.ConfigException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Hostile documents: deep nesting, huge numbers, aliases, long strings, YAML-shaped noise. */
class YamlNodeHostileInputTest {
  @Test
  void parse_deepNesting_rejectedWithConfigException() {
    for (String deep : List.of("[".repeat(100_000), "{a: ".repeat(100_000), "- ".repeat(50_000) + "x")) {
      assertThatThrownBy(() -> YamlNode.parse("deep.yaml", deep))
          .isInstanceOfSatisfying(
              ConfigException.class, e -> assertThat(e.problem()).contains("nesting depth"));
    }
  }

  @Test
  void decimal_hugeExponent_rejectedNamingKeyAndLine() throws ConfigException {
    YamlNode root = YamlNode.parse("n.yaml", "a: 1\nx: 1e999999\n");
    assertThatThrownBy(() -> root.get("x").decimal())
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("x");
          assertThat(e.line()).isEqualTo(2);
        });
    assertThatThrownBy(() -> YamlNode.parse("n.yaml", "x: " + "9".repeat(2_000)).get("x").integer())
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void parse_longerThanTheCodePointLimit_rejectedWithConfigException() {
    assertThatThrownBy(() -> YamlNode.parse("long.yaml", "x: \"" + "a".repeat(3_500_000) + "\"\n"))
        .isInstanceOf(ConfigException.class);
  }

  /**
   * The YAML parser reports an alias as a scalar holding the anchor's <em>name</em>, so {@code
   * basis: *burned} after {@code &burned emission} would silently read "burned". Aliases are
   * rejected instead, naming the key and line.
   */
  @Test
  void parse_alias_rejectedNamingKeyAndLine() {
    assertThatThrownBy(() -> YamlNode.parse("a.yaml", "a: &burned emission\nb: *burned\n"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("b");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).contains("alias");
        });
    assertThatThrownBy(() -> YamlNode.parse("a.yaml", "a: &m {x: 1}\nb: [1, *m]\n"))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("b[1]"));
    String bme =
        """
        other: &burned emission
        creditPrice: 0.00001
        haircut: 2
        remint: {basis: *burned, ratio: 1, capPerEpoch: "5"}
        """;
    assertThatThrownBy(() -> BurnMintRules.fromYaml("bme.yaml", bme, new Token("T", 8)))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(4));
  }

  /** A key whose value is null ({@code ~}) is reported at its own line, not at its parent's. */
  @Test
  void get_keyWithoutValue_namesTheKeysOwnLine() throws ConfigException {
    YamlNode remint = YamlNode.parse("r.yaml", "remint:\n  ratio: 1\n  basis: ~\n").get("remint");
    assertThatThrownBy(() -> remint.get("basis"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("remint.basis");
          assertThat(e.line()).isEqualTo(3);
        });
    assertThatThrownBy(() -> remint.get("cap"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("remint.cap");
          assertThat(e.line()).isEqualTo(2);
        });
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.of(
            "a", "b", ":", ": ", " ", "  ", "\n", "- ", "[", "]", "{", "}", ",", "&x ", "*x", "!!binary ",
            "!!int ", "!foo ", "0x1F", "1e9999", "1e999999", "-1", "0.5", "'", "\"", "? ", "#", "---\n",
            "...\n", "<<: ", "|\n", ">\n", "\t", "%YAML 1.2\n", "\\", "~", "_", "0o7", ".inf", "null",
            "true", "AAAA", "=", "\u0000", "\uFEFF", "é")
        .list()
        .ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 2000)
  void parse_yamlShapedNoise_parsedOrConfigException(@ForAll("yamlish") String text) {
    try {
      YamlNode root = YamlNode.parse("noise.yaml", text);
      walk(root);
    } catch (ConfigException expected) {
      assertThat(expected.source()).isEqualTo("noise.yaml");
    }
  }

  private static void walk(YamlNode node) throws ConfigException {
    if (node.isMapping()) {
      for (String key : node.keys()) {
        walk(node.get(key));
      }
    } else if (node.isSequence()) {
      for (YamlNode e : node.elements()) {
        walk(e);
      }
    } else {
      try {
        node.text();
        node.decimal();
        node.integer();
        node.instant();
        node.duration();
      } catch (ConfigException expected) {
        assertThat(expected.line()).isPositive();
      }
    }
  }
}
