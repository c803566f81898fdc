package io.depin.tokenomics.report;

import io.depin.tokenomics.report.internal.AtomicFiles;
import io.depin.tokenomics.report.internal.ChartRenderer;
import io.depin.tokenomics.report.internal.Csv;
import io.depin.tokenomics.report.internal.HtmlPage;
import io.depin.tokenomics.report.internal.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Report} into a directory:
 *
 * <ul>
 *   <li>{@code <chart-id>.csv} for each chart: a header row, then one row per step (RFC 4180,
 *       CRLF line ends). Band charts have columns {@code x,p5,p50,p95,mean}; line charts {@code x}
 *       and one column per series, named after it; Lorenz charts {@code
 *       population_share,amount_share}.
 *   <li>{@code report.json}: title, metadata and every chart's data (see the CSV columns), with the
 *       Gini coefficient, number of recipients and exact total of each Lorenz chart.
 *   <li>{@code report.html}: one self-contained page, with inline CSS and each plot embedded as a
 *       PNG data URI with alt text and a caption, linking to the files above. All text from the
 *       report is HTML-escaped.
 * </ul>
 *
 * <p>Output is deterministic: the same report gives byte-identical files (no timestamps; numbers
 * and axis labels do not depend on the default locale). Each file is written to a temporary file
 * in the same directory and moved into place, so a reader never sees half a file. Plots are drawn
 * with AWT off screen; if the system property {@code java.awt.headless} is unset, writing sets it
 * to {@code true}, so a report can be written on a machine without a display.
 *
 * {@snippet :
 * Report report = Report.builder().title("Run 7").metadata("seed", 7)
 *     .section(Section.of("Supply", "", supplyBand))
 *     .build();
 * List<Path> files = ReportWriter.ofDefaults().write(report, Path.of("out/run-7"));
 * // out/run-7/supply.csv, out/run-7/report.json, out/run-7/report.html
 * }
 *
 * <p>Immutable and thread-safe; two writers must not write into the same directory at once.
 *
 * @since 0.1.0
 */
public final class ReportWriter {
  /** The name of the page. */
  public static final String HTML_FILE = "report.html";

  /** The name of the JSON file. */
  public static final String JSON_FILE = "report.json";

  /** The default plot width in pixels. */
  public static final int DEFAULT_WIDTH = 800;

  /** The default plot height in pixels. */
  public static final int DEFAULT_HEIGHT = 480;

  private final int width;
  private final int height;

  private ReportWriter(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** {@return a writer drawing plots of {@value #DEFAULT_WIDTH} by {@value #DEFAULT_HEIGHT} pixels} */
  public static ReportWriter ofDefaults() {
    return new ReportWriter(DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  /**
   * Creates a writer with another plot size.
   *
   * @param width the plot width in pixels, 200 to 4000
   * @param height the plot height in pixels, 150 to 4000
   * @return the writer
   * @throws IllegalArgumentException if a size is out of range
   */
  public static ReportWriter withPlotSize(int width, int height) {
    if (width < 200 || width > 4000 || height < 150 || height > 4000) {
      throw new IllegalArgumentException(
          "plot size must be 200..4000 by 150..4000 pixels: " + width + "x" + height);
    }
    return new ReportWriter(width, height);
  }

  /** {@return the plot width in pixels} */
  public int width() {
    return width;
  }

  /** {@return the plot height in pixels} */
  public int height() {
    return height;
  }

  /**
   * Writes the report's files into {@code dir}, creating the directory if needed and replacing
   * files of the same names. Other files in the directory are left alone.
   *
   * @param report the report
   * @param dir the directory
   * @return the files written: the CSV files in chart order, then the JSON, then the HTML
   * @throws IOException if the directory cannot be created or a file cannot be written
   */
  public List<Path> write(Report report, Path dir) throws IOException {
    Objects.requireNonNull(report, "report");
    Files.createDirectories(Objects.requireNonNull(dir, "dir"));
    List<Path> written = new ArrayList<>();
    Map<String, byte[]> pngs = new HashMap<>();
    for (Chart chart : report.charts()) {
      pngs.put(chart.id(), ChartRenderer.png(chart, width, height));
      Path csv = dir.resolve(chart.id() + ".csv");
      AtomicFiles.write(csv, Csv.of(chart));
      written.add(csv);
    }
    Path json = dir.resolve(JSON_FILE);
    AtomicFiles.write(json, JsonReport.of(report));
    written.add(json);
    Path html = dir.resolve(HTML_FILE);
    AtomicFiles.write(html, HtmlPage.of(report, pngs, width, height, JSON_FILE));
    written.add(html);
    return List.copyOf(written);
  }
}
