package io.depin.tokenomics.report.internal;

import io.depin.tokenomics.report.BandChart;
import io.depin.tokenomics.report.Chart;
import io.depin.tokenomics.report.LineChart;
import io.depin.tokenomics.report.LorenzChart;
import io.depin.tokenomics.report.LorenzPoint;
import io.depin.tokenomics.report.Series;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of one chart as RFC 4180 CSV: a header row, then one row per step (or Lorenz vertex),
 * lines ending in CRLF, UTF-8 without a byte order mark.
 */
public final class Csv {
  private Csv() {}

  /**
   * Renders a chart's data.
   *
   * @param chart the chart
   * @return the CSV bytes
   */
  public static byte[] of(Chart chart) {
    StringBuilder out = new StringBuilder();
    switch (chart) {
      case BandChart band -> {
        row(out, List.of("x", "p5", "p50", "p95", "mean"));
        double[] x = band.x();
        double[] p5 = band.p5();
        double[] p50 = band.p50();
        double[] p95 = band.p95();
        double[] mean = band.mean();
        for (int i = 0; i < x.length; i++) {
          numbers(out, x[i], p5[i], p50[i], p95[i], mean[i]);
        }
      }
      case LineChart line -> {
        List<String> header = new ArrayList<>();
        header.add("x");
        List<double[]> columns = new ArrayList<>();
        for (Series s : line.series()) {
          header.add(s.name());
          columns.add(s.values());
        }
        row(out, header);
        double[] x = line.x();
        for (int i = 0; i < x.length; i++) {
          double[] cells = new double[columns.size() + 1];
          cells[0] = x[i];
          for (int c = 0; c < columns.size(); c++) {
            cells[c + 1] = columns.get(c)[i];
          }
          numbers(out, cells);
        }
      }
      case LorenzChart lorenz -> {
        row(out, List.of("population_share", "amount_share"));
        for (LorenzPoint p : lorenz.lorenz().points()) {
          numbers(out, p.population(), p.share());
        }
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void numbers(StringBuilder out, double... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(Numbers.format(values[i]));
    }
    out.append("\r\n");
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * Quotes a field when it holds a comma, a quote, or a line break, doubling inner quotes (RFC
   * 4180, section 2). A field starting with {@code = + - @} is also quoted and prefixed with an
   * apostrophe, so that a spreadsheet shows it as text instead of evaluating it.
   *
   * @param value the raw field
   * @return the field as written
   */
  static String field(String value) {
    String v = value;
    boolean formula = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
    if (formula) {
      v = "'" + v;
    }
    if (formula || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
