package io.depin.testkit.arbitraries;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.testkit.random.DeterministicRandom;
import java.math.BigInteger;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for SDK types, for explicit use in {@code @Provide} methods and combinators.
 *
 * <p>The same types also resolve by themselves: with this jar on the test class path, {@code
 * @ForAll} parameters of type {@link Bytes}, {@link Hash32}, {@link KeyType}, {@link SigningKey},
 * {@link PublicKey}, {@link EthAddress}, {@link Token}, {@link TokenAmount} and {@link Epoch} work
 * in any property (jqwik finds them through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}). Each draws what the factory of
 * the same name without arguments draws, with these constraints honoured:
 *
 * <ul>
 *   <li>{@code @Size} on {@code Bytes}: the length, otherwise 0 to {@value #DEFAULT_MAX_LENGTH};
 *   <li>{@code @BigRange(min, max)} on {@code TokenAmount}: the range of base units (an empty
 *       bound means 0, respectively {@link #DEFAULT_MAX_BASE_UNITS}); amounts are of {@link
 *       #TEST_TOKEN};
 *   <li>{@code @LongRange(min, max)} on {@code Epoch}: the range of indexes.
 * </ul>
 *
 * {@snippet :
 * @Property
 * void hex_roundTrips(@ForAll @Size(max = 100) Bytes b) {
 *   assertThat(Bytes.fromHex(b.toHex())).isEqualTo(b);
 * }
 *
 * @Provide
 * Arbitrary<Bytes> signatures() {
 *   return DepinArbitraries.bytesOfLength(64);
 * }
 *
 * @Property
 * void signature_verifies(@ForAll SigningKey key, @ForAll Bytes message) throws CryptoException {
 *   key.publicKey().verify(message.toByteArray(), key.sign(message.toByteArray()));
 * }
 *
 * @Provide
 * Arbitrary<TokenAmount> debits() {
 *   return DepinArbitraries.tokenAmounts(new Token("USDC", 6), -1_000_000_000L, 0L);
 * }
 * }
 *
 * <p>Byte arbitraries shrink toward shorter values and zero bytes; their edge cases include the
 * empty value (where the lengths allow it) and the all-zero value. Numeric ones (token amounts,
 * epochs) shrink toward 0, or the bound nearest to it, and their edge cases include both bounds,
 * 0 and 1 where the range holds them. Keys shrink toward {@link KeyType#ED25519} and seed 0.
 *
 * @since 0.1.0
 */
public final class DepinArbitraries {
  /** The largest length {@code @ForAll Bytes} draws when no {@code @Size} is given. */
  public static final int DEFAULT_MAX_LENGTH = 64;

  /**
   * The token of {@code @ForAll TokenAmount}: symbol {@code TEST}, 18 decimals, as most ERC-20
   * tokens have.
   */
  public static final Token TEST_TOKEN = new Token("TEST", 18);

  /**
   * The largest amount, in base units, {@link #tokenAmounts(Token)} draws: {@code 2^256 - 1}, the
   * largest balance an ERC-20 contract can hold.
   */
  public static final BigInteger DEFAULT_MAX_BASE_UNITS =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private static final String SYMBOL_FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int SYMBOL_MAX_REST = 15;

  private DepinArbitraries() {}

  /**
   * Returns byte values of 0 to {@value #DEFAULT_MAX_LENGTH} bytes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Bytes> bytes() {
    return bytes(0, DEFAULT_MAX_LENGTH);
  }

  /**
   * Returns byte values with lengths from {@code minLength} to {@code maxLength}, inclusive.
   *
   * @param minLength the shortest length; not negative
   * @param maxLength the longest length; at least {@code minLength}
   * @return the arbitrary
   * @throws IllegalArgumentException if the bounds are negative or reversed
   */
  public static Arbitrary<Bytes> bytes(int minLength, int maxLength) {
    if (minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException(
          "lengths must satisfy 0 <= min <= max; got min " + minLength + ", max " + maxLength);
    }
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofMinSize(minLength)
        .ofMaxSize(maxLength)
        .map(Bytes::of);
  }

  /**
   * Returns byte values of exactly {@code length} bytes.
   *
   * @param length the length; not negative
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code length} is negative
   */
  public static Arbitrary<Bytes> bytesOfLength(int length) {
    return bytes(length, length);
  }

  /**
   * Returns 32-byte hashes; {@link Hash32#ZERO} is among the edge cases.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Hash32> hash32() {
    return Arbitraries.bytes().array(byte[].class).ofSize(Hash32.LENGTH).map(Hash32::of);
  }

  /**
   * Returns the key types; values shrink toward {@link KeyType#ED25519}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<KeyType> keyTypes() {
    return Arbitraries.of(KeyType.class);
  }

  /**
   * Returns signing keys of every {@link KeyType}. See {@link #signingKeys(KeyType)} for how they
   * are made.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SigningKey> signingKeys() {
    return Combinators.combine(keyTypes(), Arbitraries.longs()).as(DepinArbitraries::signingKey);
  }

  /**
   * Returns signing keys of one type. jqwik draws a 64-bit seed, and the key is the one {@code
   * SigningKey.generate(keyType, DeterministicRandom.ofSeed(seed).asSecureRandom())} returns, so
   * a key follows from jqwik's own seed: reruns and shrinking (toward seed 0) see the same keys.
   *
   * {@snippet :
   * @Provide
   * Arbitrary<SigningKey> ethereumKeys() {
   *   return DepinArbitraries.signingKeys(KeyType.SECP256K1);
   * }
   * }
   *
   * <p>An ECDSA key costs one scalar multiplication (well under a millisecond); an Ed25519 key
   * less. These keys are for tests only: anyone who knows the seed knows the secret.
   *
   * @param keyType the key type
   * @return the arbitrary
   */
  public static Arbitrary<SigningKey> signingKeys(KeyType keyType) {
    Objects.requireNonNull(keyType, "keyType");
    return Arbitraries.longs().map(seed -> signingKey(keyType, seed));
  }

  /**
   * Returns the public keys of {@link #signingKeys()}: every key type.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PublicKey> publicKeys() {
    return signingKeys().map(SigningKey::publicKey);
  }

  /**
   * Returns the public keys of {@link #signingKeys(KeyType)}.
   *
   * @param keyType the key type
   * @return the arbitrary
   */
  public static Arbitrary<PublicKey> publicKeys(KeyType keyType) {
    return signingKeys(keyType).map(SigningKey::publicKey);
  }

  /**
   * Returns Ethereum addresses of 20 uniformly drawn bytes (no key behind them); the zero address
   * is among the edge cases. For the address of a key, map {@link #publicKeys(KeyType)} with
   * {@code SECP256K1} through {@link EthAddress#fromPublicKey(PublicKey)}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EthAddress> ethAddresses() {
    return Arbitraries.bytes().array(byte[].class).ofSize(EthAddress.LENGTH).map(EthAddress::of);
  }

  /**
   * Returns tokens with valid symbols (1 to 16 characters: an ASCII letter or digit, then letters,
   * digits, {@code .}, {@code _} or {@code -}) and 0 to {@value Token#MAX_DECIMALS} decimals.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Token> tokens() {
    Arbitrary<Character> first = Arbitraries.of(SYMBOL_FIRST.toCharArray());
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withChars(SYMBOL_FIRST.toCharArray())
            .withChars('.', '_', '-')
            .ofMaxLength(SYMBOL_MAX_REST);
    Arbitrary<Integer> decimals = Arbitraries.integers().between(0, Token.MAX_DECIMALS);
    return Combinators.combine(first, rest, decimals).as((f, r, d) -> new Token(f + r, d));
  }

  /**
   * Returns amounts of {@code token} from 0 to {@link #DEFAULT_MAX_BASE_UNITS} base units; 0, 1
   * and the maximum are among the edge cases.
   *
   * @param token the token
   * @return the arbitrary
   */
  public static Arbitrary<TokenAmount> tokenAmounts(Token token) {
    return tokenAmounts(token, BigInteger.ZERO, DEFAULT_MAX_BASE_UNITS);
  }

  /**
   * Returns amounts of {@code token} from {@code min} to {@code max} base units, inclusive.
   *
   * @param token the token
   * @param min the smallest amount in base units; negative to draw debits
   * @param max the largest amount in base units; at least {@code min}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Arbitrary<TokenAmount> tokenAmounts(Token token, long min, long max) {
    return tokenAmounts(token, BigInteger.valueOf(min), BigInteger.valueOf(max));
  }

  /**
   * Returns amounts of {@code token} from {@code min} to {@code max} base units, inclusive. The
   * bounds, 0 and 1 (where the range holds them) are among the edge cases; values shrink toward 0,
   * or the bound nearest to it.
   *
   * {@snippet :
   * Token usdc = new Token("USDC", 6);
   * Arbitrary<TokenAmount> deltas =
   *     DepinArbitraries.tokenAmounts(usdc, BigInteger.valueOf(-1_000_000), BigInteger.valueOf(1_000_000));
   * }
   *
   * @param token the token
   * @param min the smallest amount in base units; negative to draw debits
   * @param max the largest amount in base units; at least {@code min}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Arbitrary<TokenAmount> tokenAmounts(Token token, BigInteger min, BigInteger max) {
    Objects.requireNonNull(token, "token");
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException(
          "base units must satisfy min <= max; got min " + min + ", max " + max);
    }
    return Arbitraries.bigIntegers()
        .between(min, max)
        .map(units -> TokenAmount.ofBaseUnits(units, token));
  }

  /**
   * Returns every epoch, 0 to {@link Long#MAX_VALUE}; both ends are among the edge cases.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Epoch> epochs() {
    return epochs(0, Long.MAX_VALUE);
  }

  /**
   * Returns epochs with indexes from {@code min} to {@code max}, inclusive.
   *
   * @param min the smallest index; not negative
   * @param max the largest index; at least {@code min}
   * @return the arbitrary
   * @throws IllegalArgumentException if the bounds are negative or reversed
   */
  public static Arbitrary<Epoch> epochs(long min, long max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "epoch indexes must satisfy 0 <= min <= max; got min " + min + ", max " + max);
    }
    return Arbitraries.longs().between(min, max).map(Epoch::of);
  }

  private static SigningKey signingKey(KeyType keyType, long seed) {
    return SigningKey.generate(keyType, DeterministicRandom.ofSeed(seed).asSecureRandom());
  }
}
