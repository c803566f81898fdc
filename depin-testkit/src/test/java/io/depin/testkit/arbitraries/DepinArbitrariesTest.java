package io.depin.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.testkit.arbitraries.internal.BytesArbitraryProvider;
import io.depin.testkit.arbitraries.internal.Hash32ArbitraryProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.providers.ArbitraryProvider;
import org.junit.jupiter.api.Test;

class DepinArbitrariesTest {

  @Property(tries = 200)
  void forAllBytes_noSize_defaultLengthsAndHexRoundTrip(@ForAll Bytes b) {
    assertThat(b.length()).isBetween(0, DepinArbitraries.DEFAULT_MAX_LENGTH);
    assertThat(Bytes.fromHex(b.toPrefixedHex())).isEqualTo(b);
  }

  @Property(tries = 100)
  void forAllBytes_sizeRange_lengthWithinRange(@ForAll @Size(min = 3, max = 5) Bytes b) {
    assertThat(b.length()).isBetween(3, 5);
  }

  @Property(tries = 100)
  void forAllBytes_exactSize_lengthExact(@ForAll @Size(20) Bytes b) {
    assertThat(b.length()).isEqualTo(20);
  }

  @Property(tries = 100)
  void forAllBytes_minOnly_atLeastMin(@ForAll @Size(min = 100) Bytes b) {
    assertThat(b.length()).isEqualTo(100);
  }

  @Property(tries = 200)
  void forAllHash32_any_roundTripsThroughHex(@ForAll Hash32 h) {
    assertThat(Hash32.fromHex(h.toHex())).isEqualTo(h);
  }

  @Property(tries = 100)
  void provide_bytesOfLength_exactLength(@ForAll("signatures") Bytes sig) {
    assertThat(sig.length()).isEqualTo(64);
  }

  @Provide
  Arbitrary<Bytes> signatures() {
    return DepinArbitraries.bytesOfLength(64);
  }

  @Test
  void hash32_edgeCases_includeZero() {
    assertThat(edgeCases(DepinArbitraries.hash32())).contains(Hash32.ZERO);
  }

  @Test
  void bytes_edgeCases_includeEmpty() {
    assertThat(edgeCases(DepinArbitraries.bytes())).contains(Bytes.empty());
  }

  @Test
  void bytes_reversedOrNegativeBounds_throw() {
    assertThatThrownBy(() -> DepinArbitraries.bytes(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DepinArbitraries.bytes(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DepinArbitraries.bytesOfLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serviceFile_classPath_registersEveryProvider() {
    List<String> registered =
        ServiceLoader.load(ArbitraryProvider.class).stream()
            .map(p -> p.type().getName())
            .toList();

    assertThat(registered)
        .contains(BytesArbitraryProvider.class.getName(), Hash32ArbitraryProvider.class.getName());
  }

  private static <T> List<T> edgeCases(Arbitrary<T> arbitrary) {
    List<T> out = new ArrayList<>();
    for (Shrinkable<T> edgeCase : arbitrary.edgeCases()) {
      out.add(edgeCase.value());
    }
    return out;
  }
}
