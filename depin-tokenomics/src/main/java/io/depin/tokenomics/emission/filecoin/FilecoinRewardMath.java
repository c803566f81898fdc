package io.depin.tokenomics.emission.filecoin;

import java.math.BigInteger;

/**
 * The Filecoin reward actor's minting functions in Q.128 fixed point (a value {@code v} stands for
 * {@code v / 2^128}), as in the Filecoin spec and in filecoin-project/builtin-actors {@code
 * actors/reward/src/logic.rs} and {@code expneg.rs}; the constants below are the published ones.
 *
 * <p>Every right shift and every division rounds {@link java.math.RoundingMode#FLOOR FLOOR}
 * (toward negative infinity), as the reference's big-integer {@code >>} and {@code div_floor} do,
 * so results agree with the reference digit for digit.
 *
 * {@snippet :
 * BigInteger simple = FilecoinRewardMath.computeReward(0, BigInteger.ZERO, BigInteger.ZERO,
 *     FilecoinRewardMath.SIMPLE_TOTAL, FilecoinRewardMath.BASELINE_TOTAL);
 * // 36266264293777134739 attoFIL: the simple minting of epoch 0
 * }
 *
 * @since 0.1.0
 */
public final class FilecoinRewardMath {
  /** The number of fraction bits of a Q.128 number. */
  public static final int PRECISION = 128;

  /** 1.0 in Q.128. */
  public static final BigInteger ONE = BigInteger.ONE.shiftLeft(PRECISION);

  /** Base units (attoFIL) per FIL. */
  public static final BigInteger FIL = BigInteger.TEN.pow(18);

  /** The simple-minting total, 330 million FIL, in attoFIL. */
  public static final BigInteger SIMPLE_TOTAL = BigInteger.valueOf(330_000_000).multiply(FIL);

  /** The baseline-minting total, 770 million FIL, in attoFIL. */
  public static final BigInteger BASELINE_TOTAL = BigInteger.valueOf(770_000_000).multiply(FIL);

  /**
   * The per-epoch growth factor of the baseline in Q.128, as published: about {@code 1 +
   * 6.594e-7}, so the baseline doubles in a year of 1,051,200 thirty-second epochs.
   */
  public static final BigInteger BASELINE_EXPONENT =
      new BigInteger("340282591298641078465964189926313473653");

  /** The baseline at the effective network time 0, in bytes (about 2.5 EiB). */
  public static final BigInteger BASELINE_INITIAL_VALUE = new BigInteger("2888888880000000000");

  /** The baseline power of epoch -1: {@code ((BASELINE_INITIAL_VALUE << 256) / exponent) >> 128}. */
  public static final BigInteger INIT_BASELINE_POWER =
      BASELINE_INITIAL_VALUE.shiftLeft(2 * PRECISION).divide(BASELINE_EXPONENT).shiftRight(PRECISION);

  /** {@code lambda = ln 2 / (6 * epochsInYear)} in Q.128: simple minting halves in six years. */
  public static final BigInteger LAMBDA = new BigInteger("37396271439864487274534522888786");

  /** {@code e^lambda - 1} in Q.128. */
  public static final BigInteger EXP_LAMBDA_MINUS_ONE =
      new BigInteger("37396273494747879394193016954629");

  /** Numerator of the rational approximation of {@code e^-x}, highest order first (Q.128). */
  private static final BigInteger[] EXPNEG_NUMERATOR = parse(
      "-648770010757830093818553637600",
      "67469480939593786226847644286976",
      "-3197587544499098424029388939001856",
      "89244641121992890118377641805348864",
      "-1579656163641440567800982336819953664",
      "17685496037279256458459817590917169152",
      "-115682590513835356866803355398940131328",
      "340282366920938463463374607431768211456");

  /** Denominator of the rational approximation of {@code e^-x}, highest order first (Q.128). */
  private static final BigInteger[] EXPNEG_DENOMINATOR = parse(
      "1225524182432722209606361",
      "114095592300906098243859450",
      "5665570424063336070530214243",
      "194450132448609991765137938448",
      "5068267641632683791026134915072",
      "104716890604972796896895427629056",
      "1748338658439454459487681798864896",
      "23704654329841312470660182937960448",
      "259380097567996910282699886670381056",
      "2250336698853390384720606936038375424",
      "14978272436876548034486263159246028800",
      "72144088983913131323343765784380833792",
      "224599776407103106596571252037123047424",
      "340282366920938463463374607431768211456");

  private FilecoinRewardMath() {}

  private static BigInteger[] parse(String... decimals) {
    BigInteger[] values = new BigInteger[decimals.length];
    for (int i = 0; i < decimals.length; i++) {
      values[i] = new BigInteger(decimals[i]);
    }
    return values;
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** Horner's rule in Q.128: {@code acc = ((acc * x) >> 128) + c} for each coefficient. */
  private static BigInteger polynomial(BigInteger[] coefficients, BigInteger x) {
    BigInteger acc = BigInteger.ZERO;
    for (BigInteger c : coefficients) {
      acc = acc.multiply(x).shiftRight(PRECISION).add(c);
    }
    return acc;
  }

  /**
   * Returns {@code e^-x} by the reference's rational approximation (error under 3.4e-30 on {@code
   * [0, 1.725)}).
   *
   * @param x the exponent in Q.128, 0 or more
   * @return {@code floor((numerator(x) << 128) / denominator(x))} in Q.128
   */
  public static BigInteger expneg(BigInteger x) {
    return floorDiv(polynomial(EXPNEG_NUMERATOR, x).shiftLeft(PRECISION), polynomial(EXPNEG_DENOMINATOR, x));
  }

  /**
   * Returns the next epoch's baseline power.
   *
   * @param previous the baseline power of the previous epoch, in bytes
   * @return {@code (previous * BASELINE_EXPONENT) >> 128}
   */
  public static BigInteger baselinePowerFromPrevious(BigInteger previous) {
    return previous.multiply(BASELINE_EXPONENT).shiftRight(PRECISION);
  }

  /**
   * Returns the fractional effective network time {@code theta}, interpolating linearly between
   * the cumulative baselines of {@code floor(theta)} and {@code ceil(theta)}.
   *
   * @param effectiveNetworkTime {@code ceil(theta)}, in epochs
   * @param baselinePowerAtEffectiveTime the baseline power at that epoch, positive
   * @param cumsumRealized the cumulative capped realised power, in byte-epochs
   * @param cumsumBaseline the cumulative baseline through the effective network time
   * @return {@code theta} in Q.128: {@code (t << 128) - floor(((cumsumBaseline - cumsumRealized)
   *     << 128) / baselinePower)}, or 0 when {@code t} is 0
   */
  public static BigInteger computeRTheta(
      long effectiveNetworkTime,
      BigInteger baselinePowerAtEffectiveTime,
      BigInteger cumsumRealized,
      BigInteger cumsumBaseline) {
    if (effectiveNetworkTime == 0) {
      return BigInteger.ZERO;
    }
    BigInteger theta = BigInteger.valueOf(effectiveNetworkTime).shiftLeft(PRECISION);
    BigInteger behind = floorDiv(
        cumsumBaseline.subtract(cumsumRealized).shiftLeft(PRECISION), baselinePowerAtEffectiveTime);
    return theta.subtract(behind);
  }

  /**
   * Returns the baseline supply released by effective network time {@code theta}.
   *
   * @param theta the effective network time in Q.128
   * @param baselineTotal the baseline-minting total, in attoFIL
   * @return {@code (1 - e^-(theta * lambda)) * baselineTotal}, in Q.128 attoFIL
   */
  public static BigInteger computeBaselineSupply(BigInteger theta, BigInteger baselineTotal) {
    BigInteger thetaLambda = theta.multiply(LAMBDA).shiftRight(PRECISION);
    return ONE.subtract(expneg(thetaLambda)).multiply(baselineTotal);
  }

  /**
   * Returns the reward of an epoch: simple minting, which decays with the epoch, plus baseline
   * minting, which follows the effective network time from {@code previousTheta} to {@code
   * theta}.
   *
   * @param epoch the epoch, 0 or more
   * @param previousTheta the effective network time before the epoch, in Q.128
   * @param theta the effective network time after the epoch, in Q.128
   * @param simpleTotal the simple-minting total, in attoFIL
   * @param baselineTotal the baseline-minting total, in attoFIL
   * @return {@code ((simpleTotal * (e^lambda - 1) * e^-(lambda * epoch) >> 128) +
   *     baselineSupply(theta) - baselineSupply(previousTheta)) >> 128}, in attoFIL
   */
  public static BigInteger computeReward(
      long epoch,
      BigInteger previousTheta,
      BigInteger theta,
      BigInteger simpleTotal,
      BigInteger baselineTotal) {
    BigInteger simple = simpleTotal
        .multiply(EXP_LAMBDA_MINUS_ONE)
        .multiply(expneg(LAMBDA.multiply(BigInteger.valueOf(epoch))))
        .shiftRight(PRECISION);
    BigInteger baseline = computeBaselineSupply(theta, baselineTotal)
        .subtract(computeBaselineSupply(previousTheta, baselineTotal));
    return simple.add(baseline).shiftRight(PRECISION);
  }
}
