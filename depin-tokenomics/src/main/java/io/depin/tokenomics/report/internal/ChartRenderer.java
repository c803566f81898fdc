package io.depin.tokenomics.report.internal;

import io.depin.tokenomics.report.BandChart;
import io.depin.tokenomics.report.Chart;
import io.depin.tokenomics.report.LineChart;
import io.depin.tokenomics.report.Lorenz;
import io.depin.tokenomics.report.LorenzChart;
import io.depin.tokenomics.report.LorenzPoint;
import io.depin.tokenomics.report.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a chart as a PNG with XChart, off screen. Axis numbers are formatted in {@link
 * Locale#ROOT}, so the image does not depend on the default locale.
 *
 * <p>AWT is used headless: if {@code java.awt.headless} is not set when this class loads, it is set
 * to {@code true}, so rendering works on servers and in CI without a display. A caller that set
 * the property keeps its choice.
 */
public final class ChartRenderer {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Colour-blind-safe series colours (Okabe and Ito, "Color Universal Design", 2002). */
  private static final Color[] PALETTE = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0xE69F00),
    new Color(0x56B4E9),
    new Color(0xF0E442),
    new Color(0x000000),
  };

  private static final Color BAND = new Color(0x0072B2);
  private static final Color BAND_FILL = new Color(0x00, 0x72, 0xB2, 0x40);
  private static final Color MEAN = new Color(0xD55E00);
  private static final BasicStroke DASHED =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);

  private ChartRenderer() {}

  /**
   * Renders a chart.
   *
   * @param chart the chart
   * @param width the image width in pixels
   * @param height the image height in pixels
   * @return PNG bytes
   */
  public static byte[] png(Chart chart, int width, int height) {
    XYChart xy =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(chart.title())
            .xAxisTitle(chart.xLabel())
            .yAxisTitle(chart.yLabel())
            .build();
    XYStyler style = xy.getStyler();
    style.setLocale(Locale.ROOT);
    style.setPlotGridLinesVisible(true);
    style.setPlotGridLinesColor(new Color(0xDDDDDD));
    style.setChartBackgroundColor(Color.WHITE);
    style.setPlotBackgroundColor(Color.WHITE);
    style.setLegendPosition(Styler.LegendPosition.InsideNW);
    style.setSeriesColors(PALETTE);
    style.setAntiAlias(true);
    if (!(chart instanceof LorenzChart)) {
      style.setXAxisLabelRotation(45); // thousands of steps: labels would otherwise run together
      style.setXAxisDecimalPattern("#,##0.###");
      style.setYAxisDecimalPattern("#,##0.###");
    }
    switch (chart) {
      case BandChart band -> band(xy, band);
      case LineChart line -> line(xy, line);
      case LorenzChart lorenz -> lorenz(xy, lorenz.lorenz());
    }
    try {
      return BitmapEncoder.getBitmapBytes(xy, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("encoding a PNG in memory failed", e);
    }
  }

  private static void band(XYChart xy, BandChart band) {
    double[] x = band.x();
    double[] p5 = band.p5();
    double[] p95 = band.p95();
    xy.addAnnotation(new BandArea(x, p5, p95, BAND_FILL));
    line(xy, "p95", x, p95, BAND, new BasicStroke(0.75f));
    line(xy, "median", x, band.p50(), BAND, new BasicStroke(2f));
    line(xy, "mean", x, band.mean(), MEAN, DASHED);
    line(xy, "p5", x, p5, BAND, new BasicStroke(0.75f));
  }

  private static void line(XYChart xy, LineChart chart) {
    double[] x = chart.x();
    List<Series> series = chart.series();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      line(xy, s.name(), x, s.values(), PALETTE[i % PALETTE.length], new BasicStroke(2f));
    }
  }

  private static void lorenz(XYChart xy, Lorenz lorenz) {
    List<LorenzPoint> points = lorenz.points();
    double[] population = new double[points.size()];
    double[] share = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      population[i] = points.get(i).population();
      share[i] = points.get(i).share();
    }
    XYStyler style = xy.getStyler();
    style.setXAxisMin(0.0);
    style.setXAxisMax(1.0);
    style.setYAxisMin(0.0);
    style.setYAxisMax(1.0);
    line(xy, "equality", new double[] {0, 1}, new double[] {0, 1}, Color.GRAY, DASHED);
    line(
        xy,
        String.format(Locale.ROOT, "Lorenz curve (Gini %.4f)", lorenz.gini()),
        population,
        share,
        PALETTE[0],
        new BasicStroke(2f));
  }

  private static void line(
      XYChart xy, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
    XYSeries s = xy.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
  }
}
