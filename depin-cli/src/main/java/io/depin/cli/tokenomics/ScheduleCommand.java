package io.depin.cli.tokenomics;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.emission.EmissionSchedules;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depin tokenomics schedule}: prints an emission schedule's per-epoch and cumulative
 * amounts, in base units, as CSV with the columns {@code epoch,amount,cumulative}. A file that is
 * not a valid schedule is reported with its line and key, and the command exits with status 1; so
 * is an epoch the schedule refuses to compute (a Filecoin schedule replays the actor and stops at
 * {@code 256 * Integer.MAX_VALUE} epochs).
 *
 * {@snippet lang=shell :
 * depin tokenomics schedule examples/schedules/helium-like-halving.yaml --from 17518 --to 17521
 * # epoch,amount,cumulative
 * # 17518,5707762557077,...
 * }
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = {
      "Prints per-epoch and cumulative emission of a YAML schedule as CSV (epoch,amount,cumulative),"
          + " in base units."
    })
public final class ScheduleCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<file.yaml>", description = "the schedule file")
  @Nullable Path file;

  @Option(names = "--from", paramLabel = "E", description = "first epoch printed (default 0)")
  long from;

  @Option(names = "--to", paramLabel = "E", required = true, description = "last epoch printed")
  long to;

  /** Creates the command (picocli instantiates it). */
  public ScheduleCommand() {}

  @Override
  public Integer call() {
    if (from < 0 || to < from) {
      return fail("--from and --to must satisfy 0 <= from <= to, got " + from + " and " + to);
    }
    EmissionSchedule schedule;
    try {
      schedule = EmissionSchedules.fromYaml(Objects.requireNonNull(file));
    } catch (ConfigException e) {
      return fail(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    PrintWriter out = spec.commandLine().getOut();
    BigInteger cumulative;
    try {
      cumulative = from == 0 ? BigInteger.ZERO : schedule.cumulativeThrough(Epoch.of(from - 1));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return cannotCompute(e);
    }
    out.print("epoch,amount,cumulative\n");
    for (long e = from; e <= to; e++) {
      BigInteger amount;
      try {
        amount = schedule.amountAt(Epoch.of(e));
      } catch (IllegalArgumentException | ArithmeticException ex) {
        out.flush();
        return cannotCompute(ex);
      }
      cumulative = cumulative.add(amount);
      out.print(e + "," + amount + "," + cumulative + "\n");
      if (e == Long.MAX_VALUE) {
        break;
      }
    }
    out.flush();
    return 0;
  }

  /** A schedule may refuse an epoch it cannot compute (a Filecoin schedule too far to replay). */
  private int cannotCompute(RuntimeException e) {
    return fail(file + ": cannot compute epochs " + from + " to " + to + ": " + e.getMessage());
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("error: " + message);
    spec.commandLine().getErr().flush();
    return 1;
  }
}
