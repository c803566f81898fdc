package io.depin.core.hash.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Hex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks our Keccak-256 against known answers and against BouncyCastle's {@link KeccakDigest}. */
class Keccak256Test {

  private static byte[] reference(byte[] input) {
    KeccakDigest bc = new KeccakDigest(256);
    bc.update(input, 0, input.length);
    byte[] out = new byte[32];
    bc.doFinal(out, 0);
    return out;
  }

  /**
   * Known answers: Ethereum's empty-input hash, "abc", the Keccak team's 448-bit message and the
   * Solidity selector preimage "transfer(address,uint256)" (selector a9059cbb).
   */
  @ParameterizedTest
  @CsvSource({
    "'', c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    "abc, 4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq,"
        + " 45d3b367a6904e6e8d502ee04999a7c27647f91fa845d456525fd352ae3d7371",
    "'transfer(address,uint256)', a9059cbb2ab09eb219583f4a59a5d0623ade346d962bcd4e46b11da047c9049b"
  })
  void hash_knownAnswer_matches(String input, String expectedHex) {
    byte[] in = input.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[32];
    new Keccak256().hash(in, 0, in.length, out, 0);
    assertThat(Hex.encode(out)).isEqualTo(expectedHex);
    Keccak256 streaming = new Keccak256();
    streaming.update(in, 0, in.length);
    assertThat(Hex.encode(streaming.digest())).isEqualTo(expectedHex);
  }

  @Test
  void hash_everyLengthAroundTwoBlocks_equalsBouncyCastle() {
    List<Integer> failing = new ArrayList<>();
    Keccak256 keccak = new Keccak256();
    for (int length = 0; length <= 3 * Keccak256.RATE + 1; length++) {
      byte[] in = new byte[length + 3];
      for (int i = 0; i < in.length; i++) {
        in[i] = (byte) (i * 31 + length);
      }
      byte[] out = new byte[35];
      keccak.hash(in, 3, length, out, 3);
      byte[] expected = reference(java.util.Arrays.copyOfRange(in, 3, 3 + length));
      if (!java.util.Arrays.equals(out, 3, 35, expected, 0, 32)) {
        failing.add(length);
      }
    }
    assertThat(failing).isEmpty();
  }

  @Property
  void update_randomSplits_equalsBouncyCastle(
      @ForAll @Size(max = 700) byte[] input,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 700) Integer> cuts) {
    Keccak256 keccak = new Keccak256();
    int at = 0;
    for (int cut : cuts) {
      int next = Math.max(at, Math.min(input.length, cut));
      keccak.update(input, at, next - at);
      at = next;
    }
    keccak.update(input, at, input.length - at);
    assertThat(keccak.digest()).isEqualTo(reference(input));
  }

  @Property
  void hash_reusedEngine_equalsBouncyCastle(@ForAll @Size(max = 400) byte[] first,
      @ForAll @Size(max = 400) byte[] second) {
    Keccak256 keccak = new Keccak256();
    keccak.update(first, 0, first.length);
    byte[] out = new byte[32];
    keccak.hash(second, 0, second.length, out, 0);
    assertThat(out).isEqualTo(reference(second));
  }

  @Property
  void hashTwice_anyInputAfterOtherInput_equalsBouncyCastleTwice(
      @ForAll @Size(max = 300) byte[] first, @ForAll @Size(max = 400) byte[] message) {
    Keccak256 keccak = new Keccak256();
    keccak.update(first, 0, first.length);
    byte[] out = new byte[34];
    keccak.hashTwice(message, 0, message.length, out, 2);
    assertThat(java.util.Arrays.copyOfRange(out, 2, 34)).isEqualTo(reference(reference(message)));
    keccak.update(first, 0, first.length);
    assertThat(keccak.digest()).isEqualTo(reference(first));
  }

  @Property
  void hashConcat32_twoHalves_equalsBouncyCastleOfConcatenation(
      @ForAll @Size(min = 40, max = 40) byte[] a,
      @ForAll @Size(min = 37, max = 37) byte[] b,
      @ForAll @Size(max = 200) byte[] first) {
    Keccak256 keccak = new Keccak256();
    keccak.update(first, 0, first.length);
    byte[] out = new byte[33];
    keccak.hashConcat32(a, 8, b, 5, out, 1);
    byte[] concat = new byte[64];
    System.arraycopy(a, 8, concat, 0, 32);
    System.arraycopy(b, 5, concat, 32, 32);
    assertThat(java.util.Arrays.copyOfRange(out, 1, 33)).isEqualTo(reference(concat));
    keccak.update(first, 0, first.length);
    assertThat(keccak.digest()).isEqualTo(reference(first));
  }
}
