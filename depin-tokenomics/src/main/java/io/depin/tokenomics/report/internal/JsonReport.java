package io.depin.tokenomics.report.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.depin.tokenomics.report.BandChart;
import io.depin.tokenomics.report.Chart;
import io.depin.tokenomics.report.LineChart;
import io.depin.tokenomics.report.Lorenz;
import io.depin.tokenomics.report.LorenzChart;
import io.depin.tokenomics.report.LorenzPoint;
import io.depin.tokenomics.report.Report;
import io.depin.tokenomics.report.Section;
import io.depin.tokenomics.report.Series;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The whole report as JSON: title, metadata (an object, in the given order), and every section
 * with every chart's data. Numbers use {@link Numbers#format(double)}; the exact total of a Lorenz
 * chart is a decimal string. Indented with two spaces and {@code \n} line ends on every platform.
 */
public final class JsonReport {
  /** The version of this document's layout, written as {@code "format"}. */
  public static final String FORMAT = "depin-report/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /**
   * Renders the report.
   *
   * @param report the report
   * @return UTF-8 JSON, ending with a line break
   */
  public static byte[] of(Report report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(indenter)
              .withArrayIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter())
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("title", report.title());
      g.writeObjectFieldStart("metadata");
      for (Map.Entry<String, String> e : report.metadata().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("sections");
      for (Section s : report.sections()) {
        g.writeStartObject();
        g.writeStringField("heading", s.heading());
        g.writeStringField("text", s.text());
        g.writeArrayFieldStart("charts");
        for (Chart c : s.charts()) {
          chart(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void chart(JsonGenerator g, Chart c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("kind", kind(c));
    g.writeStringField("title", c.title());
    g.writeStringField("caption", c.caption());
    g.writeStringField("xLabel", c.xLabel());
    g.writeStringField("yLabel", c.yLabel());
    g.writeStringField("csv", c.id() + ".csv");
    g.writeObjectFieldStart("data");
    switch (c) {
      case BandChart band -> {
        numbers(g, "x", band.x());
        numbers(g, "p5", band.p5());
        numbers(g, "p50", band.p50());
        numbers(g, "p95", band.p95());
        numbers(g, "mean", band.mean());
      }
      case LineChart line -> {
        numbers(g, "x", line.x());
        g.writeArrayFieldStart("series");
        for (Series s : line.series()) {
          g.writeStartObject();
          g.writeStringField("name", s.name());
          numbers(g, "y", s.values());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      case LorenzChart lorenzChart -> {
        Lorenz lorenz = lorenzChart.lorenz();
        g.writeNumberField("recipients", lorenz.recipients());
        g.writeStringField("total", lorenz.total().toString());
        g.writeFieldName("gini");
        g.writeNumber(Numbers.format(lorenz.gini()));
        double[] population = new double[lorenz.points().size()];
        double[] share = new double[population.length];
        for (int i = 0; i < population.length; i++) {
          LorenzPoint p = lorenz.points().get(i);
          population[i] = p.population();
          share[i] = p.share();
        }
        numbers(g, "population_share", population);
        numbers(g, "amount_share", share);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Names a chart's kind as written in JSON and in the page.
   *
   * @param c the chart
   * @return {@code band}, {@code line} or {@code lorenz}
   */
  public static String kind(Chart c) {
    return switch (c) {
      case BandChart b -> "band";
      case LineChart l -> "line";
      case LorenzChart z -> "lorenz";
    };
  }

  private static void numbers(JsonGenerator g, String name, double[] values) throws IOException {
    g.writeArrayFieldStart(name);
    for (double v : values) {
      g.writeNumber(Numbers.format(v));
    }
    g.writeEndArray();
  }
}
