package io.depin.proofs.coverage.internal;

import com.uber.h3core.H3Core;
import com.uber.h3core.LengthUnit;
import com.uber.h3core.exceptions.H3Exception;
import io.depin.core.geo.GeoPoint;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The H3 hexagonal grid, through one shared {@link H3Core} (thread-safe, loaded once). No H3 type
 * leaves this class: cells are {@code long} indexes.
 */
public final class H3Grid {
  /** The finest H3 resolution. */
  public static final int MAX_RESOLUTION = 15;

  private static final H3Core H3 = load();

  private H3Grid() {}

  private static H3Core load() {
    try {
      return H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("the H3 native library could not be loaded", e);
    }
  }

  /**
   * Returns the cell holding a point.
   *
   * @param point the point
   * @param resolution 0 to 15
   * @return the cell index
   */
  public static long cell(GeoPoint point, int resolution) {
    return H3.latLngToCell(point.latitude(), point.longitude(), resolution);
  }

  /**
   * Returns whether the index is a valid H3 cell.
   *
   * @param cell the index
   * @return true if valid
   */
  public static boolean isValidCell(long cell) {
    return H3.isValidCell(cell);
  }

  /**
   * Returns the number of grid steps between two cells of the same resolution, or -1 where H3
   * cannot compute it (cells far apart or across a pentagon's distortion).
   *
   * @param a a cell
   * @param b a cell of the same resolution
   * @return the grid distance, or -1
   */
  public static long gridDistanceOrMinusOne(long a, long b) {
    try {
      return H3.gridDistance(a, b);
    } catch (H3Exception e) {
      return -1;
    }
  }

  /**
   * Returns the average distance between the centres of neighbouring cells at a resolution:
   * {@code sqrt(3)} times the average hexagon edge length.
   *
   * @param resolution 0 to 15
   * @return metres
   */
  public static double neighbourSpacingMeters(int resolution) {
    return Math.sqrt(3.0) * H3.getHexagonEdgeLengthAvg(resolution, LengthUnit.m);
  }
}
