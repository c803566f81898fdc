package io.depin.tokenomics.config.internal;

import io.depin.core.rules.RuleBook;
import io.depin.tokenomics.config.ConfigException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reads a {@link RuleBook} from a YAML list of versions: each element is a mapping with an {@code
 * effective} instant next to the keys of the rules, and the instants strictly increase.
 */
public final class RuleBookYaml {
  private RuleBookYaml() {}

  /**
   * Reads the rules of one version from its mapping, which also holds the {@code effective} key.
   *
   * @param <R> the rules type
   */
  @FunctionalInterface
  public interface VersionReader<R> {
    /**
     * Reads one version.
     *
     * @param version the mapping of the version
     * @return its rules
     * @throws ConfigException if a key is missing, unknown or invalid
     */
    R read(YamlNode version) throws ConfigException;
  }

  /**
   * Reads the versions in order: first each version's rules, then its {@code effective} instant.
   *
   * @param <R> the rules type
   * @param node the list
   * @param reader reads the rules of one version
   * @return the book, starting at the first version's instant
   * @throws ConfigException if the list is empty, out of order or a version is invalid
   */
  public static <R> RuleBook<R> book(YamlNode node, VersionReader<R> reader)
      throws ConfigException {
    List<YamlNode> versions = node.elements();
    if (versions.isEmpty()) {
      throw node.error("expected at least one version of the rules");
    }
    RuleBook<R> book = null;
    Instant last = null;
    for (YamlNode v : versions) {
      R rules = reader.read(v);
      Instant effective = v.get("effective").instant();
      if (last != null && !effective.isAfter(last)) {
        throw v.get("effective").error("versions must be in increasing order of effective");
      }
      book = book == null ? RuleBook.startingAt(effective, rules) : book.thenFrom(effective, rules);
      last = effective;
    }
    // The list of versions was checked to be non-empty, so the loop ran at least once.
    return Objects.requireNonNull(book, "no version");
  }
}
