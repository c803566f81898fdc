package io.depin.cli.tokenomics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.cli.DepinCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DistributeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DepinCommand.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private Path policy() throws Exception {
    return write("policy.yaml", """
        token: {symbol: PTS, decimals: 0}
        method: pro-rata
        rate: {scale: 0, rounding: DOWN}
        payout-rounding: DOWN
        buckets:
          - {name: coverage, share: 1}
        """);
  }

  /** 100 points over weights 1, 1, 1: rate truncated to 33, payouts 33 each, 1 point of dust. */
  @Test
  void distribute_csv_printsPayoutsExplanationsAndDust() throws Exception {
    Path weights = write("weights.csv", "participant,bucket,weight\na,coverage,1\nb,coverage,1\nc,coverage,1\n");
    int code = run("tokenomics", "distribute", "100", weights.toString(), "--policy", policy().toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("recipient,bucket,kind,amount,");
    // rate floor(100 / 3) = 33 at scale 0; share 1 * 33 = 33 exactly, so remainder 0
    assertThat(lines.get(1)).isEqualTo(
        "a,coverage,share,33,a,,1,,0,1,100,3,pro-rata,0,33,DOWN,DOWN,33,0,false,,33,0,FLOOR,0,33");
    assertThat(lines.get(3)).startsWith("c,coverage,share,33,");
    assertThat(lines.get(4)).isEqualTo(",coverage,unallocated,1" + ",".repeat(22));
    assertThat(lines.get(5)).isEqualTo(",,unallocated,0" + ",".repeat(22));
    BigInteger sum = BigInteger.ZERO;
    for (String l : lines.subList(1, lines.size())) {
      sum = sum.add(new BigInteger(l.split(",", -1)[3]));
    }
    assertThat(sum).isEqualTo(BigInteger.valueOf(100));
  }

  @Test
  void distribute_json_explanationsAndTotals() throws Exception {
    Path weights = write("weights.csv", "participant,bucket,weight,trust\na,coverage,3,0.5\nb,coverage,1,\n");
    int code = run("tokenomics", "distribute", "100", weights.toString(), "--policy", policy().toString(),
        "--format", "json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    // effective weights 15 and 10 (scale 1); rate floor(100 / 25) = 4; payouts 60 and 40
    assertThat(root.get("pool").asText()).isEqualTo("100");
    assertThat(root.get("unallocated").asText()).isEqualTo("0");
    JsonNode a = root.get("payouts").get(0);
    assertThat(a.get("amount").asText()).isEqualTo("60");
    assertThat(a.get("explanation").get("effectiveWeight").asText()).isEqualTo("15");
    assertThat(a.get("explanation").get("rate").asText()).isEqualTo("4");
    assertThat(a.get("explanation").get("multipliers").get("trust").asText()).isEqualTo("0.5");
    assertThat(root.get("payouts").get(1).get("amount").asText()).isEqualTo("40");
  }

  @Test
  void distribute_examplePolicy_paysWholePoolOrReportsIt() throws Exception {
    Path examples = Path.of("..", "examples", "policies");
    int code = run("tokenomics", "distribute", "1000", examples.resolve("weights.csv").toString(),
        "--policy", examples.resolve("helium-style.yaml").toString(), "--format", "json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    BigInteger paid = new BigInteger(root.get("paid").asText());
    BigInteger unallocated = new BigInteger(root.get("unallocated").asText());
    assertThat(paid.add(unallocated)).isEqualTo(new BigInteger("100000000000"));
    BigInteger sum = BigInteger.ZERO;
    for (JsonNode p : root.get("payouts")) {
      sum = sum.add(new BigInteger(p.get("amount").asText()));
    }
    assertThat(sum).isEqualTo(paid);
  }

  @Test
  void distribute_versionedPolicy_usesVersionInForceAt() throws Exception {
    Path versions = write("versions.yaml", """
        versions:
          - effective: 2026-01-01T00:00:00Z
            policy:
              token: {symbol: PTS, decimals: 0}
              method: pro-rata
              payout-rounding: DOWN
              buckets: [{name: coverage, share: 1}]
          - effective: 2026-07-01T00:00:00Z
            policy:
              token: {symbol: PTS, decimals: 0}
              method: largest-remainder
              payout-rounding: DOWN
              buckets: [{name: coverage, share: 1}]
        """);
    Path weights = write("weights.csv", "participant,bucket,weight\na,coverage,1\nb,coverage,2\n");
    // 100 over 1:2 is 33.33 and 66.67: pro-rata floors both (1 point of dust); largest remainder
    // gives the point to b, whose remainder (2/3) is larger
    assertThat(run("tokenomics", "distribute", "100", weights.toString(), "--policy",
        versions.toString(), "--at", "2026-03-01T00:00:00Z", "--format", "json")).isZero();
    JsonNode before = new ObjectMapper().readTree(out.toString());
    assertThat(before.get("unallocated").asText()).isEqualTo("1");
    out.getBuffer().setLength(0);
    assertThat(run("tokenomics", "distribute", "100", weights.toString(), "--policy",
        versions.toString(), "--at", "2026-07-01T00:00:00Z", "--format", "json")).isZero();
    JsonNode after = new ObjectMapper().readTree(out.toString());
    assertThat(after.get("unallocated").asText()).isEqualTo("0");
    assertThat(after.get("payouts").get(1).get("amount").asText()).isEqualTo("67");
    assertThat(run("tokenomics", "distribute", "100", weights.toString(), "--policy",
        versions.toString(), "--at", "2025-01-01T00:00:00Z")).isEqualTo(1);
    assertThat(err.toString()).contains("no version is in force at 2025-01-01T00:00:00Z");
  }

  @Test
  void distribute_badWeight_printsFileLineAndKey() throws Exception {
    Path weights = write("weights.csv", "participant,bucket,weight\na,coverage,x\n");
    int code = run("tokenomics", "distribute", "100", weights.toString(), "--policy", policy().toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("weights.csv:2:3: weight: expected a non-negative integer");
  }

  @Test
  void distribute_poolWithTooManyDecimals_isRejected() throws Exception {
    Path weights = write("weights.csv", "participant,bucket,weight\na,coverage,1\n");
    int code = run("tokenomics", "distribute", "1.5", weights.toString(), "--policy", policy().toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: <pool>:");
  }
}
