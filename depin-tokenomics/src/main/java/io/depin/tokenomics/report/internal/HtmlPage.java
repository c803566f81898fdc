package io.depin.tokenomics.report.internal;

import io.depin.tokenomics.report.BandChart;
import io.depin.tokenomics.report.Chart;
import io.depin.tokenomics.report.LineChart;
import io.depin.tokenomics.report.Lorenz;
import io.depin.tokenomics.report.LorenzChart;
import io.depin.tokenomics.report.Report;
import io.depin.tokenomics.report.Section;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The report as one self-contained HTML file: inline CSS, every plot an {@code <img>} with a PNG
 * data URI, alt text and a caption, and links to the CSV and JSON files beside it. Nothing is
 * loaded from elsewhere.
 *
 * <p>A short inline script marks, once the page has loaded, each plot with {@code
 * data-rendered="true"} or {@code "false"} (whether the browser decoded the image) and {@code
 * data-natural-size="WxH"}, and the body with {@code data-charts-rendered="k/n"}; tests read these
 * from the DOM of a headless browser.
 */
public final class HtmlPage {
  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;\
      max-width:60rem;padding:0 1rem;color:#222;line-height:1.45}
      h1{font-size:1.6rem;margin-bottom:.5rem}
      h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
      table.metadata{border-collapse:collapse;margin:1rem 0}
      table.metadata th,table.metadata td{text-align:left;padding:.2rem .8rem .2rem 0;\
      vertical-align:top;border-bottom:1px solid #eee}
      table.metadata th{font-weight:600;white-space:nowrap}
      figure{margin:1.5rem 0}
      figure img{max-width:100%;height:auto;border:1px solid #eee}
      figcaption{font-size:.92rem;color:#444;margin-top:.4rem}
      .files{display:block;color:#666;font-size:.85rem}
      """;

  private static final String SCRIPT =
      """
      window.addEventListener('load', function () {
        var images = document.querySelectorAll('img.plot');
        var rendered = 0;
        for (var i = 0; i < images.length; i++) {
          var img = images[i];
          var ok = img.complete && img.naturalWidth > 0 && img.naturalHeight > 0;
          img.setAttribute('data-rendered', ok ? 'true' : 'false');
          img.setAttribute('data-natural-size', img.naturalWidth + 'x' + img.naturalHeight);
          if (ok) { rendered++; }
        }
        document.body.setAttribute('data-charts-rendered', rendered + '/' + images.length);
      });
      """;

  private HtmlPage() {}

  /**
   * Renders the page.
   *
   * @param report the report
   * @param pngs each chart's PNG, by chart id
   * @param width the width of every PNG in pixels
   * @param height the height of every PNG in pixels
   * @param jsonName the file name of the JSON beside the page
   * @return UTF-8 HTML
   */
  public static byte[] of(
      Report report, Map<String, byte[]> pngs, int width, int height, String jsonName) {
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(report.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(Html.escape(report.title()))
        .append("</h1>\n");
    if (!report.metadata().isEmpty()) {
      h.append("<table class=\"metadata\">\n");
      for (Map.Entry<String, String> e : report.metadata().entrySet()) {
        h.append("<tr><th scope=\"row\">")
            .append(Html.escape(e.getKey()))
            .append("</th><td>")
            .append(Html.escape(e.getValue()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<p class=\"files\">All data: <a href=\"")
        .append(Html.escape(jsonName))
        .append("\">")
        .append(Html.escape(jsonName))
        .append("</a></p>\n");
    for (Section s : report.sections()) {
      h.append("<section>\n<h2>").append(Html.escape(s.heading())).append("</h2>\n");
      if (!s.text().isEmpty()) {
        h.append("<p>").append(Html.escape(s.text())).append("</p>\n");
      }
      for (Chart c : s.charts()) {
        byte[] png = Objects.requireNonNull(pngs.get(c.id()), () -> "no PNG of chart " + c.id());
        figure(h, c, png, width, height);
      }
      h.append("</section>\n");
    }
    h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void figure(StringBuilder h, Chart c, byte[] png, int width, int height) {
    String id = c.id();
    String csv = id + ".csv";
    h.append("<figure id=\"chart-")
        .append(id)
        .append("\" data-chart-kind=\"")
        .append(JsonReport.kind(c))
        .append("\">\n<img class=\"plot\" id=\"plot-")
        .append(id)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" alt=\"")
        .append(Html.escape(alt(c)))
        .append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png))
        .append("\">\n<figcaption>");
    String caption = caption(c);
    if (!caption.isEmpty()) {
      h.append(Html.escape(caption));
    }
    h.append("<span class=\"files\">Data: <a href=\"")
        .append(csv)
        .append("\">")
        .append(csv)
        .append("</a></span></figcaption>\n</figure>\n");
  }

  /**
   * Describes a plot for people who cannot see it.
   *
   * @param c the chart
   * @return the alt text
   */
  static String alt(Chart c) {
    return switch (c) {
      case BandChart b ->
          String.format(
              Locale.ROOT,
              "%s: median, mean and 5th to 95th percentile band of %s over %s, %d steps from %s"
                  + " to %s; last median %s",
              b.title(),
              b.yLabel(),
              b.xLabel(),
              b.size(),
              Numbers.format(b.x()[0]),
              Numbers.format(b.x()[b.size() - 1]),
              Numbers.format(b.p50()[b.size() - 1]));
      case LineChart l ->
          String.format(
              Locale.ROOT,
              "%s: %s over %s for %s, %d steps",
              l.title(),
              l.yLabel(),
              l.xLabel(),
              String.join(", ", l.series().stream().map(s -> s.name()).toList()),
              l.x().length);
      case LorenzChart z ->
          String.format(
              Locale.ROOT,
              "%s: Lorenz curve of %d recipients against the line of equality, Gini coefficient"
                  + " %.4f",
              z.title(),
              z.lorenz().recipients(),
              z.lorenz().gini());
    };
  }

  private static String caption(Chart c) {
    if (c instanceof LorenzChart z) {
      Lorenz lorenz = z.lorenz();
      String gini =
          String.format(
              Locale.ROOT,
              "Gini coefficient %.4f over %d recipients (total %s).",
              lorenz.gini(),
              lorenz.recipients(),
              lorenz.total());
      return c.caption().isEmpty() ? gini : c.caption() + " " + gini;
    }
    return c.caption();
  }
}
