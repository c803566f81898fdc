package io.depin.core.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashAlgorithmTest {
  /** Known answers: FIPS 180-4 examples ("abc"), Keccak-256 as in Ethereum, RFC 7693 BLAKE2b. */
  @ParameterizedTest
  @CsvSource({
    "SHA_256, abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "SHA_256, '', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "SHA_512, abc, ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    "KECCAK_256, '', c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    "KECCAK_256, abc, 4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
    "BLAKE2B_256, abc, bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319",
    "BLAKE2B_256, '', 0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"
  })
  void hash_knownAnswer(HashAlgorithm algorithm, String input, String expectedHex) {
    byte[] in = input.getBytes(StandardCharsets.US_ASCII);
    assertThat(Bytes.of(algorithm.hash(in)).toHex()).isEqualTo(expectedHex);
    assertThat(algorithm.newHasher().update(in).digest().toHex()).isEqualTo(expectedHex);
  }

  @Property
  void streaming_anySplit_equalsOneShot(
      @ForAll HashAlgorithm algorithm, @ForAll byte[] input, @ForAll @IntRange(min = 0) int cut) {
    int at = input.length == 0 ? 0 : cut % (input.length + 1);
    Hasher hasher = algorithm.newHasher();
    hasher.update(input, 0, at).update(ByteBuffer.wrap(input, at, input.length - at));
    assertThat(hasher.digest().toByteArray()).isEqualTo(algorithm.hash(input));
  }

  @Property
  void digestLength_matchesOutput(@ForAll HashAlgorithm algorithm, @ForAll byte[] input) {
    assertThat(algorithm.hash(input)).hasSize(algorithm.digestLength());
  }

  @org.junit.jupiter.api.Test
  void hasher_afterDigest_throws() {
    Hasher hasher = HashAlgorithm.KECCAK_256.newHasher();
    hasher.digest32();
    assertThatThrownBy(() -> hasher.update(new byte[1])).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> HashAlgorithm.SHA_512.hash32(new byte[0]))
        .isInstanceOf(IllegalStateException.class);
  }
}
