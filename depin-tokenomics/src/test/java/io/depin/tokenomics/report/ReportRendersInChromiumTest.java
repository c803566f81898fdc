package io.depin.tokenomics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the written report in headless Chromium (Debian package {@code chromium}, installed by
 * {@code .ci/run}) and checks that the browser decoded every plot at its intended size, from the
 * attributes the page's own script sets on load, and that a screenshot of the page is not blank.
 * Without Chromium this test fails: it is the only check that the page works in a browser.
 */
class ReportRendersInChromiumTest {
  private static final long TIMEOUT_SECONDS = 180;
  private static final long MIN_PLOT_PIXELS = 5_000;
  private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

  @TempDir Path dir;

  @Test
  void write_allChartKinds_everyPlotRendersInChromium() throws Exception {
    Report report = SampleReports.allKinds();
    ReportWriter writer = ReportWriter.ofDefaults();
    writer.write(report, dir);

    Map<String, Map<String, String>> plots = plotsInDom(dumpDom(dir.resolve("report.html")));

    List<String> ids = report.charts().stream().map(Chart::id).toList();
    assertThat(plots.keySet()).containsExactlyElementsOf(ids.stream().map(id -> "plot-" + id).toList());
    String expectedSize = writer.width() + "x" + writer.height();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> plot : plots.entrySet()) {
      Map<String, String> a = plot.getValue();
      if (!"true".equals(a.get("data-rendered"))) {
        problems.add(plot.getKey() + " not rendered: " + a.get("data-rendered"));
      }
      if (!expectedSize.equals(a.get("data-natural-size"))) {
        problems.add(plot.getKey() + " decoded as " + a.get("data-natural-size"));
      }
      if (a.getOrDefault("alt", "").isBlank()) {
        problems.add(plot.getKey() + " has no alt text");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void write_allChartKinds_screenshotShowsPlots() throws Exception {
    ReportWriter.ofDefaults().write(SampleReports.allKinds(), dir);

    long pixels = plotPixels(dir.resolve("report.html"));

    assertThat(pixels).as("plot-coloured pixels in the screenshot").isGreaterThan(MIN_PLOT_PIXELS);
  }

  @Test
  void screenshot_everyPlotBroken_showsNoPlotPixels() throws Exception {
    ReportWriter.ofDefaults().write(SampleReports.allKinds(), dir);
    String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    Path broken = dir.resolve("broken.html");
    Files.writeString(
        broken,
        page.replaceAll("base64,[A-Za-z0-9+/=]+", "base64,AAAA"),
        StandardCharsets.UTF_8);

    long pixels = plotPixels(broken);

    assertThat(pixels).as("plot-coloured pixels without plots").isLessThan(MIN_PLOT_PIXELS);
  }

  /**
   * Takes a screenshot of the top of the page and counts pixels in shades of the palette's blue
   * (#0072B2), in which plot lines and the percentile band are drawn; the page's text is grey and
   * its links pure blue, so only drawn plots give such pixels.
   */
  private long plotPixels(Path html) throws IOException, InterruptedException {
    Path shot = dir.resolve("shot-" + html.getFileName() + ".png");
    run(
        "--screenshot=" + shot,
        "--window-size=1000,1400",
        "--hide-scrollbars",
        html.toUri().toString());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(shot)));
    assertThat(image).as("screenshot").isNotNull();
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (g > 80 && b > g && b > r + 40) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void dumpDom_brokenPlot_isReportedAsNotRendered() throws Exception {
    ReportWriter.ofDefaults().write(SampleReports.allKinds(), dir);
    Path html = dir.resolve("report.html");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    // Corrupt the PNG of one plot: keep a valid data URI, break the image inside it.
    String marker = "id=\"plot-operators\"";
    int at = page.indexOf(marker);
    int data = page.indexOf("base64,", at) + "base64,".length();
    Path broken = dir.resolve("broken.html");
    Files.writeString(
        broken,
        page.substring(0, data) + "AAAA" + page.substring(data + 4),
        StandardCharsets.UTF_8);

    Map<String, Map<String, String>> plots = plotsInDom(dumpDom(broken));

    assertThat(plots.get("plot-operators")).containsEntry("data-rendered", "false");
    assertThat(plots.get("plot-supply")).containsEntry("data-rendered", "true");
  }

  private static Map<String, Map<String, String>> plotsInDom(String dom) {
    Matcher body = Pattern.compile("<body[^>]*data-charts-rendered=\"(\\d+)/(\\d+)\"").matcher(dom);
    if (!body.find()) {
      fail("the page's load script did not run: no data-charts-rendered on <body>");
    }
    Map<String, Map<String, String>> plots = new LinkedHashMap<>();
    Matcher img = IMG.matcher(dom);
    while (img.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher a = ATTRIBUTE.matcher(img.group());
      while (a.find()) {
        attributes.put(a.group(1), a.group(2));
      }
      if (attributes.getOrDefault("class", "").equals("plot")) {
        plots.put(attributes.get("id"), attributes);
      }
    }
    return plots;
  }

  private String dumpDom(Path html) throws IOException, InterruptedException {
    return run("--dump-dom", "--virtual-time-budget=10000", html.toUri().toString());
  }

  private String run(String... arguments) throws IOException, InterruptedException {
    Path chromium = chromium();
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.add("--headless");
    command.add("--no-sandbox");
    command.add("--disable-gpu");
    command.add("--disable-dev-shm-usage");
    command.add("--no-first-run");
    command.add("--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Path err = Files.createTempFile(dir, "chromium", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    if (process.exitValue() != 0) {
      fail(
          "chromium exited with "
              + process.exitValue()
              + ": "
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      Path p = Path.of(entry, "chromium");
      if (!entry.isEmpty() && Files.isExecutable(p)) {
        return p;
      }
    }
    return fail(
        "Chromium is required to check that report.html renders its plots, but no chromium"
            + " executable was found (/usr/bin/chromium or on PATH). Install the Debian package"
            + " 'chromium' (.ci/run does this).");
  }
}
