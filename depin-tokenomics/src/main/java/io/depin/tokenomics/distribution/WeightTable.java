package io.depin.tokenomics.distribution;

import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.distribution.internal.WeightsCsv;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The weights of one epoch: at most one row per participant and bucket, in a fixed order (the
 * order decides ties in the largest-remainder method).
 *
 * {@snippet :
 * WeightTable weights = WeightTable.of(List.of(
 *     WeightRow.of("hotspot-1", "coverage", 3),
 *     WeightRow.of("hotspot-2", "coverage", 1)));
 * WeightTable fromFile = WeightTable.fromCsv("weights.csv", Files.readString(path));
 * }
 *
 * @since 0.1.0
 */
public final class WeightTable {
  private final List<WeightRow> rows;

  private WeightTable(List<WeightRow> rows) {
    this.rows = rows;
  }

  /**
   * Returns a table of rows.
   *
   * @param rows the rows, in order
   * @return the table
   * @throws IllegalArgumentException if a participant appears twice in one bucket
   */
  public static WeightTable of(List<WeightRow> rows) {
    List<WeightRow> copy = List.copyOf(rows);
    Set<String> seen = new HashSet<>(copy.size() * 2);
    for (WeightRow r : copy) {
      if (!seen.add(r.bucket() + '\u0000' + r.participant())) {
        throw new IllegalArgumentException(
            r.participant() + " appears twice in bucket " + r.bucket());
      }
    }
    return new WeightTable(copy);
  }

  /**
   * Reads a table from CSV. The first line is a header naming the columns {@code participant},
   * {@code bucket} and {@code weight} (an integer), optionally {@code operator}; every other column
   * is a named multiplier (a decimal such as {@code 0.75}; an empty cell means 1). Fields may be
   * quoted with {@code "} as in RFC 4180; an empty operator cell means none. Limits, checked while
   * reading: at most 32 columns, fields of at most 256 characters without control characters (a tab
   * is allowed), weights of at most 78 digits, multipliers written as plain decimals with at most 18
   * digits before and after the point; fields are trimmed and blank lines skipped.
   *
   * {@snippet lang=csv :
   * participant,bucket,weight,trust,operator
   * hotspot-1,coverage,400,0.75,operator-7
   * hotspot-2,coverage,100,1,
   * }
   *
   * @param source the file name, for error messages
   * @param csv the text, at most {@link WeightsCsv#MAX_CHARS} characters
   * @return the table
   * @throws ConfigException naming the line and column of the first problem
   */
  public static WeightTable fromCsv(String source, String csv) throws ConfigException {
    return WeightsCsv.read(source, csv);
  }

  /** {@return the rows, in order} */
  public List<WeightRow> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "WeightTable[" + rows.size() + " rows]";
  }
}
