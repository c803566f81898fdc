package io.depin.tokenomics.vesting.internal;

import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.vesting.UnlockTiming;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.util.Optional;
import java.util.Set;

/** Reads a {@link VestingSchedule} from a YAML mapping. */
public final class VestingYaml {
  /** The largest length accepted, in epochs. */
  public static final long MAX_EPOCHS = 1_000_000_000_000L;

  private VestingYaml() {}

  /**
   * Reads a schedule: either {@code preset: filecoin-miner-reward} with an optional {@code
   * quantizationOffset}, or the keys {@code vestPeriod} (required), {@code initialDelay}, {@code
   * cliff}, {@code stepDuration}, {@code quantization}, {@code quantizationOffset} and {@code
   * timing} ({@code at-tranche-epoch} or {@code after-tranche-epoch}).
   *
   * @param node the mapping
   * @return the schedule
   * @throws ConfigException if a key is missing, unknown or out of range
   */
  public static VestingSchedule schedule(YamlNode node) throws ConfigException {
    Optional<YamlNode> preset = node.find("preset");
    if (preset.isPresent()) {
      node.requireKeys(Set.of("preset", "quantizationOffset"));
      if (!preset.get().text().equals("filecoin-miner-reward")) {
        throw preset.get().error("expected filecoin-miner-reward");
      }
      return VestingSchedule.filecoinMinerReward(offset(node));
    }
    node.requireKeys(
        Set.of(
            "initialDelay",
            "cliff",
            "vestPeriod",
            "stepDuration",
            "quantization",
            "quantizationOffset",
            "timing"));
    UnlockTiming timing = UnlockTiming.AT_TRANCHE_EPOCH;
    Optional<YamlNode> t = node.find("timing");
    if (t.isPresent()) {
      timing =
          switch (t.get().text()) {
            case "at-tranche-epoch" -> UnlockTiming.AT_TRANCHE_EPOCH;
            case "after-tranche-epoch" -> UnlockTiming.AFTER_TRANCHE_EPOCH;
            default -> throw t.get().error("expected at-tranche-epoch or after-tranche-epoch");
          };
    }
    return new VestingSchedule(
        optional(node, "initialDelay", 0, 0),
        optional(node, "cliff", 0, 0),
        node.get("vestPeriod").longInRange(0, MAX_EPOCHS),
        optional(node, "stepDuration", 1, 1),
        optional(node, "quantization", 1, 1),
        offset(node),
        timing);
  }

  private static long optional(YamlNode node, String key, long min, long fallback)
      throws ConfigException {
    Optional<YamlNode> value = node.find(key);
    return value.isPresent() ? value.get().longInRange(min, MAX_EPOCHS) : fallback;
  }

  private static long offset(YamlNode node) throws ConfigException {
    Optional<YamlNode> value = node.find("quantizationOffset");
    return value.isPresent() ? value.get().longInRange(-MAX_EPOCHS, MAX_EPOCHS) : 0;
  }
}
