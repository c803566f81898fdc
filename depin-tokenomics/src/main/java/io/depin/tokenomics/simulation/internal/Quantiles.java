package io.depin.tokenomics.simulation.internal;

import java.util.Arrays;

/**
 * Exact sample quantiles by selection, not sorting: type 7 of Hyndman and Fan ("Sample quantiles
 * in statistical packages", The American Statistician 50(4), 1996), the default of {@code
 * numpy.percentile} and pandas: with {@code h = (n - 1) p}, the quantile is {@code x[floor(h)] +
 * (h - floor(h)) (x[floor(h) + 1] - x[floor(h)])} over the sorted values.
 *
 * <p>Selection is a quickselect with a median-of-three pivot that falls back to a sort of the
 * range after too many rounds, so it is O(n) on typical data and O(n log n) at worst.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * Computes quantiles of {@code a[0..n)}, reordering that range.
   *
   * @param a the values, none NaN
   * @param n how many values, at least 1
   * @param probs probabilities in [0, 1], ascending
   * @param out receives one quantile per probability
   */
  public static void compute(double[] a, int n, double[] probs, double[] out) {
    int[] ks = new int[probs.length * 2];
    int m = 0;
    for (double p : probs) {
      int lo = (int) Math.floor((n - 1) * p);
      ks[m++] = lo;
      ks[m++] = Math.min(lo + 1, n - 1);
    }
    int[] sorted = Arrays.stream(ks, 0, m).distinct().sorted().toArray();
    selectAll(a, 0, n, sorted, 0, sorted.length);
    for (int i = 0; i < probs.length; i++) {
      double h = (n - 1) * probs[i];
      int lo = (int) Math.floor(h);
      double xlo = a[lo];
      double xhi = a[Math.min(lo + 1, n - 1)];
      double frac = h - lo;
      out[i] = frac == 0.0 ? xlo : xlo + frac * (xhi - xlo);
    }
  }

  /** Puts the order statistics {@code ks[from..to)} (ascending, inside [lo, hi)) in place. */
  private static void selectAll(double[] a, int lo, int hi, int[] ks, int from, int to) {
    if (from >= to) {
      return;
    }
    int mid = (from + to) >>> 1;
    int k = ks[mid];
    select(a, lo, hi, k);
    selectAll(a, lo, k, ks, from, mid);
    selectAll(a, k + 1, hi, ks, mid + 1, to);
  }

  /** Puts the k-th smallest of {@code a[lo..hi)} at index k, smaller ones before, larger after. */
  static void select(double[] a, int lo, int hi, int k) {
    int left = lo;
    int right = hi - 1;
    int rounds = 0;
    while (right > left) {
      if (++rounds > 64) {
        Arrays.sort(a, left, right + 1);
        return;
      }
      int middle = (left + right) >>> 1;
      // median of three to a[middle], then partition around it (Hoare)
      if (a[middle] < a[left]) {
        swap(a, middle, left);
      }
      if (a[right] < a[left]) {
        swap(a, right, left);
      }
      if (a[right] < a[middle]) {
        swap(a, right, middle);
      }
      double pivot = a[middle];
      int i = left;
      int j = right;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (pivot < a[j]) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return;
      }
    }
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
