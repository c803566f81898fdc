package io.depin.core.merkle.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Sorts 32-byte hashes, stored back to back in one array, in ascending unsigned byte order.
 *
 * <p>An LSD radix sort on the first 8 bytes (four 16-bit passes) moves only a {@code long} key and
 * an {@code int} position per hash; runs with equal keys are then ordered by the full 32 bytes.
 */
public final class HashSort {
  private static final VarHandle LONG_BE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private HashSort() {}

  /**
   * Returns the permutation that sorts the {@code count} hashes in {@code hashes}: element {@code
   * k} is the position of the k-th smallest hash. Equal hashes keep their input order.
   */
  public static int[] sortedOrder(byte[] hashes, int count) {
    long[] keys = new long[count];
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      keys[i] = (long) LONG_BE.get(hashes, i * 32);
      order[i] = i;
    }
    long[] keys2 = new long[count];
    int[] order2 = new int[count];
    int[] counts = new int[1 << 16];
    for (int shift = 0; shift < 64; shift += 16) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < count; i++) {
        counts[digit(keys[i], shift)]++;
      }
      int sum = 0;
      for (int d = 0; d < counts.length; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (int i = 0; i < count; i++) {
        int at = counts[digit(keys[i], shift)]++;
        keys2[at] = keys[i];
        order2[at] = order[i];
      }
      long[] k = keys;
      keys = keys2;
      keys2 = k;
      int[] o = order;
      order = order2;
      order2 = o;
    }
    for (int start = 0; start < count; ) {
      int end = start + 1;
      while (end < count && keys[end] == keys[start]) {
        end++;
      }
      if (end - start > 1) {
        sortRun(hashes, order, start, end);
      }
      start = end;
    }
    return order;
  }

  private static int digit(long key, int shift) {
    return (int) (key >>> shift) & 0xFFFF;
  }

  /** Insertion sort by full hash; stable. Runs of equal 8-byte prefixes are tiny. */
  private static void sortRun(byte[] hashes, int[] order, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      int v = order[i];
      int j = i - 1;
      while (j >= start && compare(hashes, order[j], v) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = v;
    }
  }

  private static int compare(byte[] hashes, int a, int b) {
    return Arrays.compareUnsigned(hashes, a * 32, a * 32 + 32, hashes, b * 32, b * 32 + 32);
  }
}
