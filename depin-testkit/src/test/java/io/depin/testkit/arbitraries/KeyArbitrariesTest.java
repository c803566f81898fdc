package io.depin.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.testkit.random.DeterministicRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

class KeyArbitrariesTest {

  @Property(tries = 60)
  void forAllSigningKey_signedMessage_verifiesWithItsPublicKey(
      @ForAll SigningKey key, @ForAll Bytes message) throws CryptoException {
    byte[] m = message.toByteArray();

    key.publicKey().verify(m, key.sign(m));

    assertThat(key.publicKey().keyType()).isEqualTo(key.keyType());
  }

  @Property(tries = 30)
  void provide_signingKeysOfType_keysOfThatType(@ForAll("typedKeys") Tuple2<KeyType, SigningKey> t) {
    assertThat(t.get2().keyType()).isEqualTo(t.get1());
  }

  @Provide
  Arbitrary<Tuple2<KeyType, SigningKey>> typedKeys() {
    return DepinArbitraries.keyTypes()
        .flatMap(type -> DepinArbitraries.signingKeys(type).map(key -> Tuple.of(type, key)));
  }

  @Property(tries = 50)
  void forAllPublicKey_any_roundTripsThroughSpki(@ForAll PublicKey key) {
    assertThat(PublicKey.fromSpkiDer(key.toSpkiDer())).isEqualTo(key);
  }

  @Property(tries = 20)
  void forAllKeyType_any_signingKeysOfThatTypeMatch(@ForAll KeyType type) {
    PublicKey key = DepinArbitraries.publicKeys(type).generator(100).next(new Random(7)).value();

    assertThat(key.keyType()).isEqualTo(type);
  }

  @Test
  void keyTypes_sample_coversEveryType() {
    Set<KeyType> seen =
        DepinArbitraries.keyTypes().sampleStream().limit(200).collect(Collectors.toSet());

    assertThat(seen).isEqualTo(EnumSet.allOf(KeyType.class));
  }

  @Test
  void signingKeys_sameJqwikRandom_sameKeys() {
    assertThat(publicKeysFrom(42L)).isEqualTo(publicKeysFrom(42L));
    assertThat(publicKeysFrom(42L)).isNotEqualTo(publicKeysFrom(43L));
  }

  @Property(tries = 10)
  void signingKeys_ofType_documentedKeyForJqwikSeed(@ForAll KeyType type, @ForAll long randomSeed) {
    long seed = Arbitraries.longs().generator(1000).next(new Random(randomSeed)).value();
    SigningKey drawn =
        DepinArbitraries.signingKeys(type).generator(1000).next(new Random(randomSeed)).value();

    SigningKey documented =
        SigningKey.generate(type, DeterministicRandom.ofSeed(seed).asSecureRandom());

    assertThat(drawn.publicKey()).isEqualTo(documented.publicKey());
  }

  @Test
  void signingKeys_sample_distinctKeys() {
    assertThat(publicKeysFrom(1L)).doesNotHaveDuplicates();
  }

  @Property(tries = 100)
  void forAllEthAddress_any_roundTripsThroughChecksumHex(@ForAll EthAddress address) {
    assertThat(EthAddress.parse(address.toChecksumHex())).isEqualTo(address);
  }

  @Property(tries = 20)
  void provide_ethAddressOfSecp256k1Key_hasTwentyBytes(@ForAll("keyAddresses") EthAddress address) {
    assertThat(address.toByteArray()).hasSize(EthAddress.LENGTH);
  }

  @Provide
  Arbitrary<EthAddress> keyAddresses() {
    return DepinArbitraries.publicKeys(KeyType.SECP256K1).map(EthAddress::fromPublicKey);
  }

  @Test
  void ethAddresses_edgeCases_includeZeroAddress() {
    assertThat(EdgeCases.of(DepinArbitraries.ethAddresses()))
        .contains(EthAddress.of(new byte[EthAddress.LENGTH]));
  }

  private static List<PublicKey> publicKeysFrom(long seed) {
    RandomGenerator<SigningKey> generator = DepinArbitraries.signingKeys().generator(1000);
    Random random = new Random(seed);
    return Stream.generate(() -> generator.next(random).value().publicKey())
        .limit(12)
        .toList();
  }
}
