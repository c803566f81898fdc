package io.depin.cli.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.cli.DepinCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SimCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "scenarios");
  private static final Pattern PLOT = Pattern.compile("<img class=\"plot\"");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DepinCommand.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static long plots(Path html) throws Exception {
    return PLOT.matcher(Files.readString(html)).results().count();
  }

  @Test
  void bundledDefaultScenario_isTheHeliumExampleByteForByte() throws Exception {
    try (InputStream in = SimSupport.class.getResourceAsStream(SimSupport.DEFAULT_SCENARIO)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes())
          .isEqualTo(Files.readAllBytes(EXAMPLES.resolve("helium-like.yaml")));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"helium-like", "filecoin-like", "render-like"})
  void run_example_writesReportWithFourPlotsAndMetadata(String name) throws Exception {
    Path report = dir.resolve(name);
    int code = run("sim", "run", EXAMPLES.resolve(name + ".yaml").toString(),
        "--runs", "20", "--steps", "365", "--out", report.toString());
    assertThat(code).as(err.toString()).isZero();
    Path html = report.resolve("report.html");
    assertThat(out.toString())
        .contains("scenario: " + name)
        .contains("seed: ")
        .contains("completed: 20 of 20 runs, 0 failed")
        .contains("wrote " + html);
    for (String f : List.of("supply.csv", "emission-burn.csv", "operators.csv",
        "rewards-lorenz.csv", "report.json", "aggregates.csv")) {
      assertThat(report.resolve(f)).isNotEmptyFile();
    }
    assertThat(plots(html)).isEqualTo(4);
    JsonNode meta = new ObjectMapper().readTree(report.resolve("report.json").toFile())
        .get("metadata");
    assertThat(meta.get("scenario").asText()).isEqualTo(name);
    assertThat(meta.get("runs").asText()).isEqualTo("20");
    assertThat(meta.get("steps").asText()).isEqualTo("365");
    assertThat(meta.get("completed_runs").asText()).isEqualTo("20");
    assertThat(meta.get("failed_runs").asText()).isEqualTo("0");
    assertThat(meta.get("seed").asLong()).isEqualTo(
        Long.parseLong(out.toString().lines().filter(l -> l.startsWith("seed: ")).findFirst()
            .orElseThrow().substring(6)));
    assertThat(Double.parseDouble(meta.get("gini_final_epoch").asText())).isBetween(0.0, 1.0);
  }

  @Test
  void run_stderrNotATerminal_plainProgressLinesWithoutEscapes_inAChildProcess() throws Exception {
    // the real command in its own JVM, its stderr a pipe as in CI logs
    Path report = dir.resolve("piped");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        DepinCommand.class.getName(), "sim", "run", "--runs", "40", "--steps", "30",
        "--threads", "2", "--percentiles", "sketch(0.02)", "--out", report.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(stderr).isZero();
    assertThat(stderr).doesNotContain("\u001b").doesNotContain("\r");
    List<String> lines = stderr.lines().toList();
    assertThat(lines).first().asString().startsWith("simulating: 0/40 runs (0%), ");
    assertThat(lines).last().asString().startsWith("simulating: 40/40 runs (100%), ");
    assertThat(lines).hasSizeBetween(2, 11)
        .allMatch(l -> l.matches("simulating: \\d+/40 runs \\(\\d+%\\), \\d+\\.\\d s"));
    JsonNode meta = new ObjectMapper().readTree(report.resolve("report.json").toFile())
        .get("metadata");
    assertThat(meta.get("percentiles").asText()).isEqualTo("sketch(0.02)");
  }

  @Test
  void sweep_capturedStderr_plainProgressLinesOverAllPoints() throws Exception {
    Path report = dir.resolve("sweep-progress");
    int code = run("sim", "sweep", EXAMPLES.resolve("helium-sweep.yaml").toString(),
        "--runs", "5", "--steps", "20", "--out", report.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).doesNotContain("\u001b").doesNotContain("\r");
    assertThat(err.toString().lines().filter(l -> l.startsWith("simulating: ")).toList())
        .last().asString().matches("simulating: (\\d+)/\\1 runs \\(100%\\), .*");
  }

  @Test
  void run_badPercentiles_exits1WithTheAcceptedForms() {
    int code = run("sim", "run", "--runs", "2", "--steps", "5", "--percentiles", "approx",
        "--out", dir.resolve("bad").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: percentile method must be 'exact' or");
  }

  @Test
  void run_noFile_runsTheBundledScenarioWithTheGivenSeed() {
    Path report = dir.resolve("default");
    int code = run("sim", "run", "--runs", "3", "--steps", "60", "--seed", "5",
        "--threads", "1", "--out", report.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("scenario: helium-like (bundled), 3 runs x 60 epochs")
        .contains("seed: 5");
    assertThat(report.resolve("report.html")).isNotEmptyFile();
  }

  @Test
  void sweep_zipAndCartesian_oneResultPerPoint() throws Exception {
    Path zip = dir.resolve("zip");
    int code = run("sim", "sweep", EXAMPLES.resolve("helium-sweep.yaml").toString(),
        "--runs", "5", "--steps", "120", "--out", zip.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("zip sweep of [operators.cost_per_epoch,"
        + " price.gbm.volatility]: 3 points");
    assertThat(Files.readAllLines(zip.resolve("sweep-summary.csv"))).hasSize(1 + 3);
    assertThat(new ObjectMapper().readTree(zip.resolve("sweep-summary.json").toFile())
        .get("points")).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(plots(zip.resolve("point-" + i).resolve("report.html"))).isEqualTo(4);
    }

    Path cartesianFile = dir.resolve("cartesian.yaml");
    String text = Files.readString(EXAMPLES.resolve("helium-sweep.yaml"));
    assertThat(text).contains("  mode: zip ");
    Files.writeString(cartesianFile, text.replace("  mode: zip ", "  mode: cartesian "));
    Path cart = dir.resolve("cartesian");
    code = run("sim", "sweep", cartesianFile.toString(), "--runs", "3", "--steps", "60",
        "--out", cart.toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> rows = Files.readAllLines(cart.resolve("sweep-summary.csv"));
    assertThat(rows).hasSize(1 + 9);
    assertThat(rows.get(2)).startsWith("1,0.05,0.04,");
    assertThat(cart.resolve("point-8").resolve("report.html")).isNotEmptyFile();
  }

  @Test
  void run_badFile_printsFileLineColumnKeyAndExits1() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    String text = Files.readString(EXAMPLES.resolve("helium-like.yaml"))
        .replace("  max_leave_rate: 0.005 ", "  max_leave_rate: 2     ");
    Files.writeString(bad, text);
    int line = (int) text.substring(0, text.indexOf("max_leave_rate: 2")).lines().count();
    int code = run("sim", "run", bad.toString(), "--out", dir.resolve("x").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith(
        "error: " + bad + ":" + line + ":19: operators.max_leave_rate: expected a number from 0 to 1");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void sweep_failedRuns_areListedOnStderrWithTheirPoint() throws Exception {
    // a price falling about 1.4 in log a day rounds to zero at the oracle's 12 decimals in 30 days
    Path file = dir.resolve("failing.yaml");
    String text = Files.readString(EXAMPLES.resolve("helium-sweep.yaml"))
        .replace("    drift: 0.001 ", "    drift: 0.6   ")
        .replace("price.gbm.volatility: [0.02, 0.04, 0.06]", "price.gbm.volatility: [2, 2, 2]");
    Files.writeString(file, text);
    int code = run("sim", "sweep", file.toString(), "--runs", "4", "--steps", "30",
        "--out", dir.resolve("x").toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> failed = err.toString().lines().filter(l -> l.startsWith("failed: ")).toList();
    assertThat(failed).isNotEmpty()
        .allSatisfy(l -> assertThat(l).matches("failed: point [0-2] run [0-3] \\(seed -?\\d+\\)"
            + " at step \\d+: .*"));
    assertThat(out.toString()).doesNotContain("failed: ");
  }

  @Test
  void sweep_fileWithoutSweep_exits1() {
    int code = run("sim", "sweep", EXAMPLES.resolve("render-like.yaml").toString(),
        "--out", dir.resolve("x").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("has no sweep section");
  }
}
