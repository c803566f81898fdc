package io.depin.tokenomics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.staking.StakingRules;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzzes the YAML loaders of the economics configurations ({@link VestingSchedule#fromYaml},
 * {@link StakingRules#fromYaml}, {@link StakingRules#bookFromYaml}, {@link BurnMintRules#fromYaml},
 * {@link BurnMintRules#bookFromYaml}): each returns a value or throws {@link ConfigException};
 * a loaded vesting schedule also evaluates without an unexpected exception. The first byte
 * chooses the loader, the rest is the document in UTF-8.
 */
class EconomicsYamlFuzzTest {
  private static final Token TOKEN = new Token("T", 8);

  @FuzzTest
  void load_anyYaml_returnsOrThrowsConfigException(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int which = (input[0] & 0xff) % 5;
    String yaml = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
    try {
      switch (which) {
        case 0 -> {
          VestingSchedule s = VestingSchedule.fromYaml("fuzz", yaml);
          s.vestedAt(TokenAmount.ofBaseUnits(1_000_000, TOKEN), Epoch.of(0), s.fullyVestedAt(Epoch.of(0)));
        }
        case 1 -> StakingRules.fromYaml("fuzz", yaml);
        case 2 -> StakingRules.bookFromYaml("fuzz", yaml);
        case 3 -> BurnMintRules.fromYaml("fuzz", yaml, TOKEN);
        default -> BurnMintRules.bookFromYaml("fuzz", yaml, TOKEN);
      }
    } catch (ConfigException expected) {
      // a typed rejection naming the key and line
    }
  }
}
