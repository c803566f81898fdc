package io.depin.tokenomics.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void write_allKinds_writesCsvPerChartThenJsonThenHtml() throws Exception {
    Report report = SampleReports.allKinds();

    List<Path> files = ReportWriter.ofDefaults().write(report, dir);

    assertThat(files)
        .containsExactly(
            dir.resolve("supply.csv"),
            dir.resolve("emission-burn.csv"),
            dir.resolve("operators.csv"),
            dir.resolve("rewards.csv"),
            dir.resolve("report.json"),
            dir.resolve("report.html"));
    try (Stream<Path> listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .as("no temporary files are left behind")
          .containsExactlyInAnyOrder(
              "supply.csv", "emission-burn.csv", "operators.csv", "rewards.csv", "report.json",
              "report.html");
    }
  }

  @Test
  void write_bandChart_csvRowsAreTheSteps() throws Exception {
    BandChart band =
        BandChart.builder("supply")
            .step(0, 10, 10, 10, 10)
            .step(1, 9.5, 11, 12.25, 11.5)
            .stepFromRuns(2, new double[] {5, 1, 4, 2, 3})
            .build();

    ReportWriter.ofDefaults().write(report(band), dir);

    // Runs 1..5: type 7 percentiles p5 = 1 + 0.2 = 1.2, p50 = 3, p95 = 4 + 0.8 = 4.8; mean 3.
    assertThat(Files.readString(dir.resolve("supply.csv")))
        .isEqualTo(
            """
            x,p5,p50,p95,mean\r
            0,10,10,10,10\r
            1,9.5,11,12.25,11.5\r
            2,1.2,3,4.8,3\r
            """);
  }

  @Test
  void write_lineChart_csvAndJsonMatchTheSeries() throws Exception {
    double[] x = {0, 1, 2, 3};
    double[] emitted = {500, 500, 250, 250};
    double[] burned = {0, 120.5, 180, 1e20};
    LineChart line =
        LineChart.builder("flows")
            .axes("epoch", "tokens")
            .x(x)
            .series("emitted", emitted)
            .series("burned, net", burned)
            .build();

    ReportWriter.ofDefaults().write(report(line), dir);

    List<String> rows = Files.readAllLines(dir.resolve("flows.csv"));
    assertThat(rows.getFirst()).isEqualTo("x,emitted,\"burned, net\"");
    assertThat(rows).hasSize(x.length + 1);
    for (int i = 0; i < x.length; i++) {
      String[] cells = rows.get(i + 1).split(",", -1);
      assertThat(Double.parseDouble(cells[0])).isEqualTo(x[i]);
      assertThat(Double.parseDouble(cells[1])).isEqualTo(emitted[i]);
      assertThat(Double.parseDouble(cells[2])).isEqualTo(burned[i]);
    }
    JsonNode chart = JSON.readTree(dir.resolve("report.json").toFile()).at("/sections/0/charts/0");
    assertThat(chart.get("kind").asText()).isEqualTo("line");
    assertThat(chart.get("csv").asText()).isEqualTo("flows.csv");
    assertThat(doubles(chart.at("/data/x"))).containsExactly(x);
    assertThat(chart.at("/data/series/0/name").asText()).isEqualTo("emitted");
    assertThat(doubles(chart.at("/data/series/0/y"))).containsExactly(emitted);
    assertThat(chart.at("/data/series/1/name").asText()).isEqualTo("burned, net");
    assertThat(doubles(chart.at("/data/series/1/y"))).containsExactly(burned);
  }

  @Test
  void write_allKinds_jsonHoldsMetadataInOrderAndEverySeries() throws Exception {
    Report report = SampleReports.allKinds();

    ReportWriter.ofDefaults().write(report, dir);

    JsonNode root = JSON.readTree(dir.resolve("report.json").toFile());
    assertThat(root.get("title").asText()).isEqualTo(report.title());
    List<String> keys = new ArrayList<>();
    root.get("metadata").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("seed", "runs", "emission");
    assertThat(root.at("/metadata/seed").asText()).isEqualTo(Long.toString(SampleReports.SEED));
    List<JsonNode> charts = new ArrayList<>();
    for (JsonNode section : root.get("sections")) {
      section.get("charts").forEach(charts::add);
    }
    assertThat(charts).hasSize(report.charts().size());
    for (int i = 0; i < charts.size(); i++) {
      JsonNode json = charts.get(i);
      Chart chart = report.charts().get(i);
      assertThat(json.get("id").asText()).isEqualTo(chart.id());
      switch (chart) {
        case BandChart b -> {
          assertThat(doubles(json.at("/data/x"))).containsExactly(b.x());
          assertThat(doubles(json.at("/data/p5"))).containsExactly(b.p5());
          assertThat(doubles(json.at("/data/p50"))).containsExactly(b.p50());
          assertThat(doubles(json.at("/data/p95"))).containsExactly(b.p95());
          assertThat(doubles(json.at("/data/mean"))).containsExactly(b.mean());
        }
        case LineChart l -> {
          for (int s = 0; s < l.series().size(); s++) {
            assertThat(doubles(json.at("/data/series/" + s + "/y")))
                .containsExactly(l.series().get(s).values());
          }
        }
        case LorenzChart z -> {
          assertThat(json.at("/data/gini").asDouble()).isEqualTo(z.lorenz().gini());
          assertThat(json.at("/data/total").asText()).isEqualTo(z.lorenz().total().toString());
          assertThat(json.at("/data/recipients").asInt()).isEqualTo(z.lorenz().recipients());
          double[] share = doubles(json.at("/data/amount_share"));
          assertThat(share).hasSize(z.lorenz().points().size());
          for (int p = 0; p < share.length; p++) {
            assertThat(share[p]).isEqualTo(z.lorenz().points().get(p).share());
          }
        }
      }
    }
  }

  @Test
  void write_lorenzChart_csvIsTheCurveAndPageShowsGini() throws Exception {
    LorenzChart chart =
        LorenzChart.of("rewards", "Rewards", "Last epoch.", Inequality.lorenz(new long[] {3, 1, 4, 2}));

    ReportWriter.ofDefaults().write(report(chart), dir);

    assertThat(Files.readString(dir.resolve("rewards.csv")))
        .isEqualTo(
            "population_share,amount_share\r\n0,0\r\n0.25,0.1\r\n0.5,0.3\r\n0.75,0.6\r\n1,1\r\n");
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("Last epoch. Gini coefficient 0.2500 over 4 recipients (total 10).");
  }

  @Test
  void write_hostileText_isEscapedEverywhereInHtml() throws Exception {
    String evil = "<script>alert(\"x\")</script> & 'quoted'";
    LineChart line =
        LineChart.builder("evil")
            .title(evil)
            .caption(evil)
            .axes(evil, evil)
            .x(0, 1)
            .series(evil, 1, 2)
            .build();
    Report report =
        Report.builder()
            .title(evil)
            .metadata(evil, evil)
            .section(Section.of(evil, evil, line))
            .build();

    ReportWriter.ofDefaults().write(report, dir);

    String html = Files.readString(dir.resolve("report.html"));
    String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;";
    assertThat(html).doesNotContain("<script>alert").doesNotContain("'quoted'");
    // title, h1, metadata key and value, heading, paragraph, alt text, caption
    assertThat(count(html, escaped)).isGreaterThanOrEqualTo(8);
    assertThat(count(html, "<script>")).as("only the page's own script").isEqualTo(1);
    // The JSON and CSV keep the text as given.
    assertThat(JSON.readTree(dir.resolve("report.json").toFile()).get("title").asText())
        .isEqualTo(evil);
    assertThat(Files.readAllLines(dir.resolve("evil.csv")).getFirst())
        .isEqualTo("x,\"<script>alert(\"\"x\"\")</script> & 'quoted'\"");
  }

  @Test
  void write_sameReportTwice_byteIdenticalFiles() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");

    List<Path> a = ReportWriter.ofDefaults().write(SampleReports.allKinds(), first);
    List<Path> b = ReportWriter.ofDefaults().write(SampleReports.allKinds(), second);

    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(b.get(i)))
          .as(b.get(i).getFileName().toString())
          .isEqualTo(Files.readAllBytes(a.get(i)));
    }
  }

  @Test
  void write_existingFiles_replacedAndOthersKept() throws Exception {
    Files.writeString(dir.resolve("report.html"), "old");
    Files.writeString(dir.resolve("notes.txt"), "mine");

    ReportWriter.ofDefaults().write(SampleReports.allKinds(), dir);

    assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  void write_html_embedsEveryPlotAsPngOfThePlotSize() throws Exception {
    Report report = SampleReports.allKinds();
    ReportWriter writer = ReportWriter.withPlotSize(640, 360);

    writer.write(report, dir);

    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
    Matcher img =
        Pattern.compile("<img class=\"plot\" id=\"plot-([a-z0-9-]+)\"[^>]*alt=\"([^\"]+)\""
                + " src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\">")
            .matcher(html);
    List<String> ids = new ArrayList<>();
    while (img.find()) {
      ids.add(img.group(1));
      BufferedImage png =
          ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(3))));
      assertThat(png.getWidth()).isEqualTo(640);
      assertThat(png.getHeight()).isEqualTo(360);
    }
    assertThat(ids).containsExactlyElementsOf(report.charts().stream().map(Chart::id).toList());
    for (Chart c : report.charts()) {
      assertThat(html).contains("<a href=\"" + c.id() + ".csv\">");
    }
  }

  private static Report report(Chart chart) {
    return Report.builder().title("t").section(Section.of("s", "", chart)).build();
  }

  private static double[] doubles(JsonNode array) {
    assertThat(array.isArray()).as("array").isTrue();
    double[] out = new double[array.size()];
    Iterator<JsonNode> it = array.elements();
    for (int i = 0; it.hasNext(); i++) {
      JsonNode n = it.next();
      assertThat(n.isNumber()).as("number").isTrue();
      out[i] = n.asDouble();
    }
    return out;
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }
}
