package io.depin.cli.tokenomics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.depin.core.DecodingException;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.distribution.BucketOutcome;
import io.depin.tokenomics.distribution.Distribution;
import io.depin.tokenomics.distribution.DistributionPolicy;
import io.depin.tokenomics.distribution.Explanation;
import io.depin.tokenomics.distribution.Payout;
import io.depin.tokenomics.distribution.RewardDistributor;
import io.depin.tokenomics.distribution.WeightTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depin tokenomics distribute}: distributes a pool by a YAML policy over the weights in a
 * CSV file and prints every payout with its explanation, and the unallocated dust.
 *
 * {@snippet lang=shell :
 * depin tokenomics distribute 1000 weights.csv --policy examples/policies/helium-style.yaml
 * depin tokenomics distribute 1000 weights.csv --policy policy.yaml --format json > payouts.json
 * depin tokenomics distribute 1000 weights.csv --policy versions.yaml --at 2026-07-01T00:00:00Z
 * }
 *
 * <p>CSV output has one row per payout ({@code share} or {@code commission}) followed by one
 * {@code unallocated} row per bucket and one for the part of the pool no bucket received, so the
 * {@code amount} column always adds up to the pool. All amounts are in base units. Exit codes: 0
 * done; 1 an input file is missing or invalid (the message names the file, line and key); 2 bad
 * usage.
 */
@Command(
    name = "distribute",
    mixinStandardHelpOptions = true,
    description = {
      "Distribute <pool> (in whole tokens, e.g. 1000.5) over the weights in <weights.csv> by the"
          + " YAML policy, and print payouts, unallocated dust and explanations (amounts in base"
          + " units)."
    })
public final class DistributeCommand implements Callable<Integer> {
  /** The largest input file read, in bytes. */
  static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<pool>", description = "The pool, in whole tokens.")
  String pool = "";

  @Parameters(index = "1", paramLabel = "<weights.csv>",
      description = "participant,bucket,weight[,operator][,<multiplier>...] with a header line.")
  @Nullable Path weights;

  @Option(names = "--policy", required = true, paramLabel = "<file.yaml>",
      description = "The distribution policy.")
  @Nullable Path policy;

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv).")
  String format = "csv";

  @Option(names = "--at", paramLabel = "<instant>",
      description = "Read the policy file as versions with effective dates and use the version in"
          + " force at this instant, e.g. 2026-07-01T00:00:00Z (the epoch's start).")
  @Nullable Instant at;

  /** Creates the command (picocli instantiates it). */
  public DistributeCommand() {}

  @Override
  public Integer call() throws IOException {
    if (!format.equals("csv") && !format.equals("json")) {
      spec.commandLine().getErr().println("error: --format must be csv or json, not " + format);
      spec.commandLine().getErr().flush();
      return 2;
    }
    Distribution d;
    try {
      Path policyPath = Objects.requireNonNull(policy);
      Path weightsPath = Objects.requireNonNull(weights);
      DistributionPolicy p;
      if (at == null) {
        p = DistributionPolicy.fromYaml(policyPath.toString(), read(policyPath));
      } else {
        Optional<DistributionPolicy> inForce =
            DistributionPolicy.versionsFromYaml(policyPath.toString(), read(policyPath)).inForceAt(at);
        if (inForce.isEmpty()) {
          return fail(policyPath + ": no version is in force at " + at);
        }
        p = inForce.get();
      }
      WeightTable table = WeightTable.fromCsv(weightsPath.toString(), read(weightsPath));
      TokenAmount amount;
      try {
        amount = TokenAmount.parse(pool, p.token());
      } catch (DecodingException e) {
        return fail("<pool>: " + e.getMessage());
      }
      if (amount.isNegative()) {
        return fail("<pool>: must not be negative");
      }
      d = new RewardDistributor(p).distribute(amount, table);
    } catch (ConfigException e) {
      return fail(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    } catch (IllegalArgumentException e) {
      return fail(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      writeJson(d, out);
    } else {
      writeCsv(d, out);
    }
    out.flush();
    return 0;
  }

  private static String read(Path path) throws ConfigException {
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new ConfigException(path.toString(), "", 0, 0, "larger than " + MAX_FILE_BYTES + " bytes");
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(path.toString(), "", 0, 0, "cannot read: " + e.getMessage());
    }
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("error: " + message);
    spec.commandLine().getErr().flush();
    return 1;
  }

  private static final String[] CSV_HEADER = {
    "recipient", "bucket", "kind", "amount", "participant", "operator", "weight", "multipliers",
    "weight_scale", "effective_weight", "bucket_amount", "bucket_weight", "method", "rate_scale",
    "rate", "rate_rounding", "payout_rounding", "share", "remainder", "extra_unit", "cap", "gross",
    "commission_rate", "commission_rounding", "commission", "net"
  };

  private static void writeCsv(Distribution d, Writer out) throws IOException {
    out.write(String.join(",", CSV_HEADER));
    out.write('\n');
    StringBuilder line = new StringBuilder(256);
    for (Payout p : d.payouts()) {
      Explanation e = p.explanation();
      line.setLength(0);
      cells(line, p.recipient(), p.bucket(), p.kind().name().toLowerCase(java.util.Locale.ROOT),
          p.amount().baseUnits().toString(), e.participant(), str(e.operator()),
          e.weight().toString(), multipliers(e.multipliers()), Integer.toString(e.weightScale()),
          e.effectiveWeight().toString(), e.bucketAmount().toString(), e.bucketWeight().toString(),
          e.method().yamlName(), str(e.rateScale()), e.rate() == null ? "" : e.rate().toPlainString(),
          e.rateRounding().name(), e.payoutRounding().name(), e.share().toString(),
          e.remainder().toString(), Boolean.toString(e.extraUnit()), str(e.cap()),
          e.gross().toString(), e.commissionRate().toPlainString(), e.commissionRounding().name(),
          e.commission().toString(), e.net().toString());
      out.append(line).append('\n');
    }
    for (BucketOutcome b : d.buckets()) {
      line.setLength(0);
      cells(line, "", b.name(), "unallocated", b.unallocated().toString());
      out.append(line).append(",".repeat(CSV_HEADER.length - 4)).append('\n');
    }
    line.setLength(0);
    cells(line, "", "", "unallocated", d.notAllocatedToBuckets().baseUnits().toString());
    out.append(line).append(",".repeat(CSV_HEADER.length - 4)).append('\n');
  }

  private static void cells(StringBuilder line, String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String v = values[i];
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
        line.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        line.append(v);
      }
    }
  }

  private static String str(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }

  private static String multipliers(Map<String, BigDecimal> m) {
    return m.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
        .collect(Collectors.joining(";"));
  }

  private static void writeJson(Distribution d, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("token");
      g.writeStringField("symbol", d.pool().token().symbol());
      g.writeNumberField("decimals", d.pool().token().decimals());
      g.writeEndObject();
      g.writeStringField("pool", d.pool().baseUnits().toString());
      g.writeStringField("paid", d.paid().baseUnits().toString());
      g.writeStringField("unallocated", d.unallocated().baseUnits().toString());
      g.writeStringField("notAllocatedToBuckets", d.notAllocatedToBuckets().baseUnits().toString());
      g.writeArrayFieldStart("buckets");
      for (BucketOutcome b : d.buckets()) {
        g.writeStartObject();
        g.writeStringField("name", b.name());
        g.writeStringField("allocated", b.allocated().toString());
        g.writeStringField("rolledIn", b.rolledIn().toString());
        g.writeStringField("available", b.available().toString());
        g.writeStringField("totalWeight", b.totalWeight().toString());
        g.writeNumberField("weightScale", b.weightScale());
        g.writeStringField("paid", b.paid().toString());
        g.writeStringField("roundingDust", b.roundingDust().toString());
        g.writeStringField("unused", b.unused().toString());
        g.writeStringField("rolloverTo", b.rolloverTo());
        g.writeStringField("unallocated", b.unallocated().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("payouts");
      for (Payout p : d.payouts()) {
        g.writeStartObject();
        g.writeStringField("recipient", p.recipient());
        g.writeStringField("bucket", p.bucket());
        g.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("amount", p.amount().baseUnits().toString());
        writeExplanation(g, p.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeExplanation(JsonGenerator g, Explanation e) throws IOException {
    g.writeObjectFieldStart("explanation");
    g.writeStringField("participant", e.participant());
    g.writeStringField("operator", e.operator());
    g.writeStringField("weight", e.weight().toString());
    g.writeObjectFieldStart("multipliers");
    for (Map.Entry<String, BigDecimal> m : e.multipliers().entrySet()) {
      g.writeStringField(m.getKey(), m.getValue().toPlainString());
    }
    g.writeEndObject();
    g.writeNumberField("weightScale", e.weightScale());
    g.writeStringField("effectiveWeight", e.effectiveWeight().toString());
    g.writeStringField("bucketAmount", e.bucketAmount().toString());
    g.writeStringField("bucketWeight", e.bucketWeight().toString());
    g.writeStringField("method", e.method().yamlName());
    if (e.rateScale() == null) {
      g.writeNullField("rateScale");
    } else {
      g.writeNumberField("rateScale", e.rateScale());
    }
    g.writeStringField("rate", e.rate() == null ? null : e.rate().toPlainString());
    g.writeStringField("rateRounding", e.rateRounding().name());
    g.writeStringField("payoutRounding", e.payoutRounding().name());
    g.writeStringField("share", e.share().toString());
    g.writeStringField("remainder", e.remainder().toString());
    g.writeBooleanField("extraUnit", e.extraUnit());
    g.writeStringField("cap", e.cap() == null ? null : e.cap().toString());
    g.writeStringField("gross", e.gross().toString());
    g.writeStringField("commissionRate", e.commissionRate().toPlainString());
    g.writeStringField("commissionRounding", e.commissionRounding().name());
    g.writeStringField("commission", e.commission().toString());
    g.writeStringField("net", e.net().toString());
    g.writeEndObject();
  }
}
