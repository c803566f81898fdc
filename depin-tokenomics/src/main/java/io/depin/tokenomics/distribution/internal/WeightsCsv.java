package io.depin.tokenomics.distribution.internal;

import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.distribution.WeightRow;
import io.depin.tokenomics.distribution.WeightTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads a {@link WeightTable} from CSV; see {@link WeightTable#fromCsv}. */
public final class WeightsCsv {
  /** The largest CSV text accepted, in characters. */
  public static final int MAX_CHARS = 512 * 1024 * 1024;

  private static final int MAX_COLUMNS = 32;
  private static final int MAX_FIELD_CHARS = 256;
  private static final int MAX_WEIGHT_DIGITS = 78;
  private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
  private static final Pattern WEIGHT = Pattern.compile("0|[1-9][0-9]*");
  private static final Pattern MULTIPLIER = Pattern.compile("(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?");

  private WeightsCsv() {}

  /**
   * Reads the table.
   *
   * @param source the file name
   * @param csv the text
   * @return the table
   * @throws ConfigException naming the line, column and field at fault
   */
  public static WeightTable read(String source, String csv) throws ConfigException {
    if (csv.length() > MAX_CHARS) {
      throw new ConfigException(source, "", 0, 0, "the file is larger than " + MAX_CHARS + " characters");
    }
    Lexer lexer = new Lexer(source, csv);
    List<String> header = lexer.nextRecord();
    if (header == null) {
      throw new ConfigException(source, "", 1, 1, "the file is empty; expected a header line");
    }
    int participantCol = -1;
    int bucketCol = -1;
    int weightCol = -1;
    int operatorCol = -1;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!COLUMN.matcher(name).matches()) {
        throw new ConfigException(source, "", 1, i + 1,
            "a column name is a lower-case letter, then letters, digits, '_' or '-'");
      }
      if (!names.add(name)) {
        throw new ConfigException(source, name, 1, i + 1, "the column appears twice");
      }
      switch (name) {
        case "participant" -> participantCol = i;
        case "bucket" -> bucketCol = i;
        case "weight" -> weightCol = i;
        case "operator" -> operatorCol = i;
        default -> { }
      }
    }
    if (participantCol < 0 || bucketCol < 0 || weightCol < 0) {
      throw new ConfigException(
          source, "", 1, 1, "the header must name the columns participant, bucket and weight");
    }
    List<WeightRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> record;
    while ((record = lexer.nextRecord()) != null) {
      int line = lexer.recordLine;
      if (record.size() != header.size()) {
        throw new ConfigException(source, "", line, 1,
            "expected " + header.size() + " fields, found " + record.size());
      }
      String participant = record.get(participantCol);
      if (participant.isEmpty()) {
        throw new ConfigException(source, "participant", line, participantCol + 1, "must not be empty");
      }
      String bucket = record.get(bucketCol);
      String weightText = record.get(weightCol);
      if (weightText.length() > MAX_WEIGHT_DIGITS || !WEIGHT.matcher(weightText).matches()) {
        throw new ConfigException(source, "weight", line, weightCol + 1,
            "expected a non-negative integer of at most " + MAX_WEIGHT_DIGITS + " digits");
      }
      Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
      @Nullable String operator = null;
      for (int i = 0; i < record.size(); i++) {
        if (i == participantCol || i == bucketCol || i == weightCol) {
          continue;
        }
        String cell = record.get(i);
        if (i == operatorCol) {
          operator = cell.isEmpty() ? null : cell;
        } else if (!cell.isEmpty()) {
          if (!MULTIPLIER.matcher(cell).matches()) {
            throw new ConfigException(source, header.get(i), line, i + 1,
                "expected a non-negative decimal multiplier with at most 18 decimal places");
          }
          multipliers.put(header.get(i), new BigDecimal(cell));
        }
      }
      if (!seen.add(bucket + '\u0000' + participant)) {
        throw new ConfigException(source, "participant", line, participantCol + 1,
            participant + " appears twice in bucket " + bucket);
      }
      try {
        rows.add(new WeightRow(participant, bucket, new BigInteger(weightText), multipliers, operator));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            source, "", line, 1, Objects.requireNonNullElse(e.getMessage(), e.toString()));
      }
    }
    return WeightTable.of(rows);
  }

  /** Splits the text into records of fields, RFC 4180 style; blank lines are skipped. */
  private static final class Lexer {
    private final String source;
    private final String text;
    private int pos;
    private int line = 1;
    int recordLine;

    Lexer(String source, String text) {
      this.source = source;
      this.text = text;
    }

    @Nullable List<String> nextRecord() throws ConfigException {
      while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
        if (text.charAt(pos) == '\n') {
          line++;
        }
        pos++;
      }
      if (pos >= text.length()) {
        return null;
      }
      recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      int column = 1;
      while (true) {
        field.setLength(0);
        if (pos < text.length() && text.charAt(pos) == '"') {
          pos++;
          while (true) {
            if (pos >= text.length()) {
              throw new ConfigException(source, "", recordLine, column, "a quoted field is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
              if (pos < text.length() && text.charAt(pos) == '"') {
                field.append('"');
                pos++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              append(field, c, column);
            }
          }
          if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n'
              && text.charAt(pos) != '\r') {
            throw new ConfigException(source, "", recordLine, column,
                "a quoted field must end at a comma or the end of the line");
          }
        } else {
          while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            if (c == '"') {
              throw new ConfigException(source, "", recordLine, column,
                  "a quote may only start a field");
            }
            append(field, c, column);
            pos++;
          }
        }
        fields.add(field.toString().strip());
        if (fields.size() > MAX_COLUMNS) {
          throw new ConfigException(source, "", recordLine, column, "more than " + MAX_COLUMNS + " fields");
        }
        if (pos < text.length() && text.charAt(pos) == ',') {
          pos++;
          column++;
          continue;
        }
        if (pos < text.length() && text.charAt(pos) == '\r') {
          pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
          pos++;
          line++;
        }
        return fields;
      }
    }

    private void append(StringBuilder field, char c, int column) throws ConfigException {
      if (field.length() >= MAX_FIELD_CHARS) {
        throw new ConfigException(source, "", recordLine, column,
            "a field is longer than " + MAX_FIELD_CHARS + " characters");
      }
      if (Character.isISOControl(c) && c != '\t') {
        throw new ConfigException(source, "", recordLine, column, "a field contains a control character");
      }
      field.append(c);
    }
  }
}
