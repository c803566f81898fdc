package io.depin.tokenomics.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Fills the area between a lower and an upper line in data coordinates: XChart draws lines and
 * areas down to the axis, not between two series, so the percentile band is painted as an
 * annotation.
 */
final class BandArea extends Annotation {
  private final double[] x;
  private final double[] lower;
  private final double[] upper;
  private final Color fill;

  BandArea(double[] x, double[] lower, double[] upper, Color fill) {
    super(false);
    this.x = x.clone();
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.fill = fill;
  }

  @Override
  public void paint(Graphics2D g) {
    if (!isVisible || x.length == 0) {
      return;
    }
    Path2D.Double area = new Path2D.Double();
    area.moveTo(getXAxisScreenValue(x[0]), getYAxisScreenValue(upper[0]));
    for (int i = 1; i < x.length; i++) {
      area.lineTo(getXAxisScreenValue(x[i]), getYAxisScreenValue(upper[i]));
    }
    for (int i = x.length - 1; i >= 0; i--) {
      area.lineTo(getXAxisScreenValue(x[i]), getYAxisScreenValue(lower[i]));
    }
    area.closePath();
    Color previous = g.getColor();
    g.setColor(fill);
    g.fill(area);
    g.setColor(previous);
    bounds = area.getBounds2D();
  }
}
