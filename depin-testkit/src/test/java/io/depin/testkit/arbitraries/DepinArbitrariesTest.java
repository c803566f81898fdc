package io.depin.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.testkit.arbitraries.internal.BytesArbitraryProvider;
import io.depin.testkit.arbitraries.internal.EpochArbitraryProvider;
import io.depin.testkit.arbitraries.internal.EthAddressArbitraryProvider;
import io.depin.testkit.arbitraries.internal.Hash32ArbitraryProvider;
import io.depin.testkit.arbitraries.internal.KeyTypeArbitraryProvider;
import io.depin.testkit.arbitraries.internal.PublicKeyArbitraryProvider;
import io.depin.testkit.arbitraries.internal.SigningKeyArbitraryProvider;
import io.depin.testkit.arbitraries.internal.TokenAmountArbitraryProvider;
import io.depin.testkit.arbitraries.internal.TokenArbitraryProvider;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
    assertThat(EdgeCases.of(DepinArbitraries.hash32())).contains(Hash32.ZERO);
  }

  @Test
  void bytes_edgeCases_includeEmpty() {
    assertThat(EdgeCases.of(DepinArbitraries.bytes())).contains(Bytes.empty());
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
            .map(p -> p.get().getClass().getName())
            .toList();

    assertThat(registered)
        .contains(
            BytesArbitraryProvider.class.getName(),
            Hash32ArbitraryProvider.class.getName(),
            KeyTypeArbitraryProvider.class.getName(),
            SigningKeyArbitraryProvider.class.getName(),
            PublicKeyArbitraryProvider.class.getName(),
            EthAddressArbitraryProvider.class.getName(),
            TokenArbitraryProvider.class.getName(),
            TokenAmountArbitraryProvider.class.getName(),
            EpochArbitraryProvider.class.getName());
  }
}
