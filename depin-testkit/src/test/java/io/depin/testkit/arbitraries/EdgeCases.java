package io.depin.testkit.arbitraries;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;

/** Reads an arbitrary's edge cases as values. */
final class EdgeCases {
  private EdgeCases() {}

  static <T> List<T> of(Arbitrary<T> arbitrary) {
    List<T> out = new ArrayList<>();
    for (Shrinkable<T> edgeCase : arbitrary.edgeCases()) {
      out.add(edgeCase.value());
    }
    return out;
  }
}
