package io.depin.tokenomics.config;

import java.util.Objects;

/**
 * A schedule, policy or scenario file that cannot be used, with the key and the line that are
 * wrong, so that a researcher can fix the file without reading code.
 *
 * {@snippet :
 * try {
 *   EmissionSchedule schedule = EmissionSchedules.fromYaml(Path.of("schedule.yaml"));
 * } catch (ConfigException e) {
 *   System.err.println(e.getMessage());
 *   // schedule.yaml:4:15: emission.halving.interval: expected an integer from 1 to 9223372036854775807, found -3
 * }
 * }
 *
 * @since 0.1.0
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file name (or {@code "<input>"}), the dotted key path, and the 1-based position. */
  private final String source;

  private final String key;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates an exception.
   *
   * @param source the file name, or a description such as {@code "<stdin>"}
   * @param key the dotted path of the key at fault, such as {@code "runs.seed"}; empty for the root
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param problem what is wrong, phrased for the person editing the file
   */
  public ConfigException(String source, String key, int line, int column, String problem) {
    super(format(source, key, line, column, problem));
    this.source = Objects.requireNonNull(source, "source");
    this.key = Objects.requireNonNull(key, "key");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String format(String source, String key, int line, int column, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (!key.isEmpty()) {
      sb.append(key).append(": ");
    }
    return sb.append(problem).toString();
  }

  /** {@return the file name or input description} */
  public String source() {
    return source;
  }

  /** {@return the dotted path of the key at fault; empty for the document's root} */
  public String key() {
    return key;
  }

  /** {@return the 1-based line of the fault, or 0 if unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the fault, or 0 if unknown} */
  public int column() {
    return column;
  }

  /** {@return what is wrong, without the position} */
  public String problem() {
    return problem;
  }
}
