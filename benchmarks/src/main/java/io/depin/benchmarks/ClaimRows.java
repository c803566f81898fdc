package io.depin.benchmarks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic (address, uint256) rows shared with the JavaScript reference
 * ({@code benchmarks/reference/oz-merkle-tree/bench.mjs}), so both must print the same root.
 *
 * <p>Row {@code i} (0-based): address = {@code (i + 1) * K mod 2^160} as 40 lowercase hex digits
 * with {@code K = 0x9e3779b97f4a7c15f39cc0605cedc8341082276b}; amount = {@code (i + 1) * 10^15 +
 * (i * 7919 mod 1000)} as a decimal string.
 */
final class ClaimRows {
  private static final BigInteger K = new BigInteger("9e3779b97f4a7c15f39cc0605cedc8341082276b", 16);
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(160);
  private static final BigInteger MILLI_ETHER = BigInteger.TEN.pow(15);

  private ClaimRows() {}

  /** Returns {@code count} rows: a 0x-hex address String and a BigInteger amount. */
  static List<List<Object>> generate(int count) {
    List<List<Object>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BigInteger n = BigInteger.valueOf(i + 1L);
      String hex = n.multiply(K).mod(MOD).toString(16);
      String address = "0x" + "0".repeat(40 - hex.length()) + hex;
      BigInteger amount = n.multiply(MILLI_ETHER).add(BigInteger.valueOf((i * 7919L) % 1000));
      rows.add(List.of(address, amount));
    }
    return rows;
  }
}
