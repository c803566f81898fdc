package io.depin.tokenomics.simulation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Objects;

/**
 * A mergeable quantile sketch with relative error, after DDSketch (Masson, Rim and Lee, "DDSketch:
 * a fast and fully-mergeable quantile sketch with relative-error guarantees", PVLDB 12(12), 2019):
 * non-zero finite values are counted in the logarithmic buckets of a {@link LogMapping}, negative
 * ones by magnitude in buckets of their own; zeros, infinities and NaN are counted apart, and the
 * smallest and largest values and the exact sum are kept.
 *
 * <p><b>Guarantee.</b> With the values sorted as {@code x_0 <= ... <= x_(n-1)}, {@link
 * #valueAtRank(long)} returns for rank {@code r} a value within {@code alpha |x_r|} of {@code
 * x_r}: exact for zeros and infinities; otherwise the bucket's representative value, clamped to the
 * smallest and largest value seen. Every value of a bucket has the same sign, so the estimate never
 * has the wrong sign.
 *
 * <p><b>Storage.</b> Sparse: an open-addressing table of the buckets that hold a value (key and
 * count, 8 bytes each, at most half full), so memory grows with the number of distinct buckets,
 * never with the number of values; {@code n} values spanning a ratio {@code R} of magnitudes use at
 * most {@code min(n, 2 (ln R / ln gamma + 1))} buckets. Unlike DDSketch, buckets are never
 * collapsed, so the guarantee holds for every rank.
 *
 * <p><b>Merging</b> adds counts and sums, which are exact, so the result of any sequence of adds
 * and merges depends only on the multiset of values, not on their order. Not thread-safe.
 */
public final class RelativeErrorSketch {
  private final LogMapping mapping;
  // open addressing: key = 2 * bucket (+1 for negative values), count 0 marks an empty slot
  private int[] keys = new int[0];
  private int[] counts = new int[0];
  private int used;
  private long count;
  private long zeros;
  private long positiveInfinities;
  private long negativeInfinities;
  private boolean nan;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private final ExactSum sum = new ExactSum();

  /**
   * Creates an empty sketch.
   *
   * @param mapping the buckets
   */
  public RelativeErrorSketch(LogMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Adds a value.
   *
   * @param x any double; NaN only sets {@link #hasNaN()}
   */
  public void add(double x) {
    if (Double.isNaN(x)) {
      nan = true;
      return;
    }
    count++;
    if (x < min) {
      min = x;
    }
    if (x > max) {
      max = x;
    }
    if (x == 0.0) {
      zeros++;
    } else if (x == Double.POSITIVE_INFINITY) {
      positiveInfinities++;
    } else if (x == Double.NEGATIVE_INFINITY) {
      negativeInfinities++;
    } else {
      sum.add(x);
      int bucket = mapping.index(Math.abs(x));
      increment(x > 0 ? 2 * bucket : 2 * bucket + 1, 1);
    }
  }

  /**
   * Adds every value of another sketch with the same mapping.
   *
   * @param other the other sketch, unchanged
   */
  public void merge(RelativeErrorSketch other) {
    if (other.mapping.alpha() != mapping.alpha()) {
      throw new IllegalArgumentException("different relative accuracy");
    }
    for (int i = 0; i < other.keys.length; i++) {
      if (other.counts[i] != 0) {
        increment(other.keys[i], other.counts[i]);
      }
    }
    count += other.count;
    zeros += other.zeros;
    positiveInfinities += other.positiveInfinities;
    negativeInfinities += other.negativeInfinities;
    nan |= other.nan;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    sum.merge(other.sum);
  }

  /** {@return the number of values added, NaN not counted} */
  public long count() {
    return count;
  }

  /** {@return whether a NaN was added} */
  public boolean hasNaN() {
    return nan;
  }

  /** {@return the number of buckets in use} */
  public int buckets() {
    return used;
  }

  /**
   * Returns the mean: NaN if a NaN was added, if both infinities were, or if nothing was; an
   * infinity if one was; otherwise the exact sum divided by the count, rounded to 34 digits and
   * then to the nearest double.
   *
   * @return the mean
   */
  public double mean() {
    if (nan || count == 0 || (positiveInfinities > 0 && negativeInfinities > 0)) {
      return Double.NaN;
    }
    if (positiveInfinities > 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (negativeInfinities > 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return sum.value().divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).doubleValue();
  }

  /**
   * Returns type-7 quantiles (Hyndman and Fan) computed from the estimates of the ranks: with
   * {@code h = (n - 1) p}, {@code lo = floor(h)} and {@code f = h - lo}, the quantile is {@code
   * e(lo) + f (e(lo + 1) - e(lo))}, where {@code e(r)} is {@link #valueAtRank(long)}; the same
   * formula as {@link Quantiles}, so each result lies within {@code alpha ((1 - f) |x_lo| + f
   * |x_(lo+1)|)} of the exact type-7 quantile, up to the rounding of that formula.
   *
   * @param probs probabilities in [0, 1]
   * @param out receives one quantile per probability; NaN for all if a NaN was added or the
   *     sketch is empty
   */
  public void quantiles(double[] probs, double[] out) {
    if (nan || count == 0) {
      Arrays.fill(out, 0, probs.length, Double.NaN);
      return;
    }
    Ranks ranks = new Ranks();
    for (int i = 0; i < probs.length; i++) {
      double h = (count - 1) * probs[i];
      long lo = (long) Math.floor(h);
      double xlo = ranks.value(lo);
      double frac = h - lo;
      out[i] = frac == 0.0 ? xlo : xlo + frac * (ranks.value(Math.min(lo + 1, count - 1)) - xlo);
    }
  }

  /**
   * Returns the estimate of the value of a rank.
   *
   * @param rank 0 to {@code count() - 1}
   * @return a value within relative error alpha of the rank's value
   * @throws IndexOutOfBoundsException if the rank is out of range
   */
  public double valueAtRank(long rank) {
    return new Ranks().value(rank);
  }

  private void increment(int key, int by) {
    if (2 * (used + 1) > keys.length) {
      rehash(Math.max(8, keys.length * 2));
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (counts[slot] != 0) {
      if (keys[slot] == key) {
        counts[slot] += by;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    counts[slot] = by;
    used++;
  }

  private void rehash(int capacity) {
    int[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new int[capacity];
    counts = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] != 0) {
        int slot = slot(oldKeys[i], mask);
        while (counts[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static int slot(int key, int mask) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The values in ascending order as runs of equal estimates, for rank queries. */
  private final class Ranks {
    private final double[] values;
    private final long[] ends; // cumulative counts: run i covers ranks [ends[i-1], ends[i])

    Ranks() {
      long[] negative = new long[used];
      long[] positive = new long[used];
      int nn = 0;
      int np = 0;
      for (int i = 0; i < keys.length; i++) {
        if (counts[i] != 0) {
          // bucket in the high 32 bits, so sorting the longs sorts by bucket
          long packed = ((long) (keys[i] >> 1) << 32) | (counts[i] & 0xFFFFFFFFL);
          if ((keys[i] & 1) == 0) {
            positive[np++] = packed;
          } else {
            negative[nn++] = packed;
          }
        }
      }
      Arrays.sort(negative, 0, nn);
      Arrays.sort(positive, 0, np);
      values = new double[nn + np + 3];
      ends = new long[values.length];
      int k = 0;
      long end = 0;
      end += negativeInfinities;
      values[k] = Double.NEGATIVE_INFINITY;
      ends[k++] = end;
      for (int i = nn - 1; i >= 0; i--) { // largest magnitude first
        end += negative[i] & 0xFFFFFFFFL;
        values[k] = clamp(-mapping.value((int) (negative[i] >> 32)));
        ends[k++] = end;
      }
      end += zeros;
      values[k] = 0.0;
      ends[k++] = end;
      for (int i = 0; i < np; i++) {
        end += positive[i] & 0xFFFFFFFFL;
        values[k] = clamp(mapping.value((int) (positive[i] >> 32)));
        ends[k++] = end;
      }
      end += positiveInfinities;
      values[k] = Double.POSITIVE_INFINITY;
      ends[k] = end;
    }

    private double clamp(double v) {
      return Math.min(Math.max(v, min), max);
    }

    double value(long rank) {
      Objects.checkIndex(rank, count);
      int i = Arrays.binarySearch(ends, rank);
      // ends[i] == rank means rank is the first of the next non-empty run
      i = i >= 0 ? i + 1 : -i - 1;
      while (ends[i] <= rank) {
        i++;
      }
      return values[i];
    }
  }
}
