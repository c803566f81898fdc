package io.depin.cli.tokenomics;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.cli.DepinCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScheduleCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DepinCommand.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("schedule.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void schedule_halving_printsAmountsAndCumulativeAsCsv() throws Exception {
    Path file = write("emission:\n  halving: {initial: 100, interval: 3}\n");
    int code = run("tokenomics", "schedule", file.toString(), "--from", "1", "--to", "4");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines().toList()).containsExactly(
        "epoch,amount,cumulative", "1,100,200", "2,100,300", "3,50,350", "4,50,400");
  }

  @Test
  void schedule_exampleFile_halvesAfterTwoYearsOfHours() {
    Path example = Path.of("..", "examples", "schedules", "helium-like-halving.yaml");
    int code = run("tokenomics", "schedule", example.toString(), "--from", "17519", "--to", "17520");
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).containsExactly("epoch,amount,cumulative",
        "17519,5707762557077," + 5_707_762_557_077L * 17_520,
        "17520,2853881278538," + (5_707_762_557_077L * 17_520 + 2_853_881_278_538L));
  }

  @Test
  void schedule_badFile_reportsLineAndKeyAndFails() throws Exception {
    Path file = write("emission:\n  halving:\n    initial: 100\n    interval: 0\n");
    int code = run("tokenomics", "schedule", file.toString(), "--to", "3");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("error: " + file + ":4:").contains("emission.halving.interval");
  }

  @Test
  void schedule_missingFileOrBadRange_fails() throws Exception {
    assertThat(run("tokenomics", "schedule", dir.resolve("none.yaml").toString(), "--to", "3")).isEqualTo(1);
    assertThat(err.toString()).contains("cannot read");
    Path file = write("emission: {constant: {amount: 1}}\n");
    assertThat(run("tokenomics", "schedule", file.toString(), "--from", "5", "--to", "3")).isEqualTo(1);
    assertThat(run("tokenomics", "schedule", file.toString())).isNotZero(); // --to is required
  }

  @Test
  void schedule_epochTheScheduleCannotCompute_failsWithAMessageNotAStackTrace() throws Exception {
    // a Filecoin schedule replays the actor and refuses epochs beyond 256 * Integer.MAX_VALUE
    Path file = write("emission: {filecoin: {}}\n");
    int code = run("tokenomics", "schedule", file.toString(), "--from", "600000000000", "--to",
        "600000000001");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("error: ").contains("600000000000")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void tokenomics_withoutSubcommand_printsUsage() {
    assertThat(run("tokenomics")).isZero();
    assertThat(out.toString()).contains("schedule");
  }
}
