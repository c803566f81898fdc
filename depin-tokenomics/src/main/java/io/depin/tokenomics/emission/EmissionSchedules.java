package io.depin.tokenomics.emission;

import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.emission.internal.ScheduleReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@link EmissionSchedule}s from YAML files.
 *
 * <p>A file has one top-level key {@code emission} (and an optional {@code description} text).
 * A schedule is a mapping with exactly one key, its type; amounts are integers in base units
 * (underscores allowed, at most {@code 10^60}), epochs are integers from 0:
 *
 * <pre>
 * constant:          {amount: A}
 * halving:           {initial: A, interval: N}
 * exponential_decay: {total: A, half_life: N}
 * linear:            {initial: A, change: signed A}
 * inflation:         {initial_supply: A, annual_rate: 0.05, epochs_per_year: N}
 * piecewise:         [{start: E, clock: relative | absolute (default relative), schedule: S}, ...]
 * sum:               [S, ...]
 * capped:            {cap: A, schedule: S}
 * data_driven:       {genesis: T, epoch_length: PT1H, entries: [{start: T, amount: A}, ...]}
 *                    T is an instant (2026-01-01T00:00:00Z) or a date (2026-01-01, midnight UTC)
 * filecoin:          {realized_power: [{from: E, bytes: B}, ...]}   (optional; none is zero power)
 * </pre>
 *
 * {@snippet :
 * EmissionSchedule schedule = EmissionSchedules.fromYaml("helium.yaml", """
 *     emission:
 *       halving:
 *         initial: 5_000_000_000
 *         interval: 17_520
 *     """);
 * schedule.amountAt(Epoch.of(17_520)); // 2500000000
 * }
 *
 * @since 0.1.0
 */
public final class EmissionSchedules {
  private EmissionSchedules() {}

  /**
   * Reads a schedule from YAML text.
   *
   * @param source the file name used in error messages
   * @param yaml the document, at most {@value YamlNode#MAX_DOCUMENT_CHARS} characters
   * @return the schedule
   * @throws ConfigException if the document is not a valid schedule; it names the key and line
   */
  public static EmissionSchedule fromYaml(String source, String yaml) throws ConfigException {
    return ScheduleReader.readDocument(YamlNode.parse(source, yaml));
  }

  /**
   * Reads a schedule from a UTF-8 YAML file.
   *
   * @param file the file
   * @return the schedule
   * @throws ConfigException if the file cannot be read or is not a valid schedule
   */
  public static EmissionSchedule fromYaml(Path file) throws ConfigException {
    String name = file.toString();
    try {
      if (Files.size(file) > 4L * YamlNode.MAX_DOCUMENT_CHARS) {
        throw new ConfigException(name, "", 0, 0, "the file is too large");
      }
      return fromYaml(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new ConfigException(name, "", 0, 0, "the file is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(name, "", 0, 0, "cannot read the file: " + e.getMessage());
    }
  }
}
