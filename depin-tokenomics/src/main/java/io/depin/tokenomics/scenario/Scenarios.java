package io.depin.tokenomics.scenario;

import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.scenario.internal.ScenarioReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads {@link Scenario}s from YAML files. Every key is checked: an unknown key, a value of the
 * wrong type or out of range gives a {@link ConfigException} naming the key and its line. The
 * format, with every key (the example files in {@code examples/scenarios/} explain each one):
 *
 * <pre>{@code
 * name: helium-like                 # 1 to 100 characters
 * description: ...                  # optional
 * token: {symbol: HNT, decimals: 8}
 * epoch_length: P1D                 # ISO-8601 duration of one epoch (one step)
 * steps: 3650                       # epochs simulated, 1 to 100000
 * runs: 200                         # Monte Carlo runs, 1 to 100000
 * seed: 42                          # master seed; each run's seed derives from it
 * percentiles: sketch(0.001)        # optional: exact or sketch(<relative accuracy>); see
 *                                   # ScenarioRunner (default: exact while it fits)
 * initial_supply: "140000000"       # whole tokens at epoch 0, as text
 * emission: {halving: {initial: 1_643_835_616_438, interval: 730}}
 *                                   # base units per epoch, in the format of EmissionSchedules
 * burn_and_mint:                    # the format of BurnMintRules.fromYaml
 *   creditPrice: 0.00001            # fiat per credit
 *   haircut: 2                      # confidence half-widths taken off the oracle price
 *   remint: {basis: burned, ratio: 0, capPerEpoch: "0"}
 * demand:
 *   initial: 2_000_000_000          # credits bought in epoch 0 (at most a logistic capacity)
 *   growth: {logistic: {rate: 0.004, capacity: 40_000_000_000}}   # or {exponential: {rate: r}}
 *   volatility: 0.2                 # optional: log-normal noise of each epoch's demand (0 to 5)
 * price:
 *   confidence: 0.01                # optional: oracle confidence as a fraction of the price
 *   gbm: {initial: 4.0, drift: 0.0002, volatility: 0.04}   # or series: [p0, p1, ..., p_steps]
 * operators:
 *   initial: 10_000
 *   cost_per_epoch: 0.5             # fiat per operator per epoch
 *   reward_share: 0.6               # share of each epoch's minted tokens paid to operators
 *   response_rate: 0.05             # see OperatorResponse
 *   max_join_rate: 0.01
 *   max_leave_rate: 0.02
 * rewards:
 *   policy: {...}                   # the format of DistributionPolicy.fromYaml, same token
 *   weight_sigma: 1.0               # log-normal spread of operator weights (0: all equal)
 *   max_operators: 10000            # optional: most operators drawn for the Lorenz curve
 * sweep:                            # optional
 *   mode: zip                       # zip or cartesian
 *   parameters:                     # dotted key path of a value above -> values
 *     operators.cost_per_epoch: [0.25, 0.5, 1.0]
 * }</pre>
 *
 * <p>A swept key must be written in the file (its value is the base scenario's) and reached through
 * mappings only (a value inside a list, such as a bucket's share, cannot be swept); {@code name},
 * {@code description}, {@code token}, {@code epoch_length}, {@code steps}, {@code runs} and
 * {@code seed} (nor {@code percentiles}) cannot be swept. Every point is read and checked when the file is read; an error in
 * a swept value names the value in the {@code sweep} list. A sweep has at most 1000 points.
 *
 * {@snippet :
 * Scenario scenario = Scenarios.fromYaml(Path.of("examples/scenarios/helium-like.yaml"));
 * System.out.println(scenario.name() + ": " + scenario.runs() + " runs of " + scenario.steps()
 *     + " epochs, seed " + scenario.seed());
 * }
 *
 * @since 0.1.0
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * Reads a scenario from YAML text.
   *
   * @param source the file name used in error messages
   * @param yaml the document, at most {@value YamlNode#MAX_DOCUMENT_CHARS} characters
   * @return the scenario, with its sweep points if it has a sweep
   * @throws ConfigException if the document is not a valid scenario; it names the key and line
   */
  public static Scenario fromYaml(String source, String yaml) throws ConfigException {
    return ScenarioReader.read(YamlNode.parse(source, yaml));
  }

  /**
   * Reads a scenario from a UTF-8 YAML file.
   *
   * @param file the file
   * @return the scenario
   * @throws ConfigException if the file cannot be read or is not a valid scenario
   */
  public static Scenario fromYaml(Path file) throws ConfigException {
    String name = file.toString();
    try {
      if (Files.size(file) > 4L * YamlNode.MAX_DOCUMENT_CHARS) {
        throw new ConfigException(name, "", 0, 0, "the file is too large");
      }
      return fromYaml(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new ConfigException(name, "", 0, 0, "no such file");
    } catch (CharacterCodingException e) {
      throw new ConfigException(name, "", 0, 0, "the file is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(name, "", 0, 0, "cannot read the file: " + e.getMessage());
    }
  }
}
