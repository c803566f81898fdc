package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.emission.Piece;
import io.depin.tokenomics.emission.PieceClock;
import io.depin.tokenomics.emission.TimedAmount;
import io.depin.tokenomics.emission.filecoin.FilecoinEmission;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Reads an emission schedule from a YAML tree; see {@code EmissionSchedules} for the format. */
public final class ScheduleReader {
  /** The largest amount accepted, so that a typo cannot make every sum enormous. */
  public static final BigInteger MAX_AMOUNT = BigInteger.TEN.pow(60);

  /** The most fraction digits an annual rate may have. */
  private static final int MAX_RATE_SCALE = 36;

  private static final Set<String> TYPES = Set.of("constant", "halving", "exponential_decay",
      "linear", "inflation", "piecewise", "sum", "capped", "data_driven", "filecoin");

  private ScheduleReader() {}

  /**
   * Reads the document's schedule.
   *
   * @param root the document's root
   * @return the schedule
   * @throws ConfigException naming the key and line at fault
   */
  public static EmissionSchedule readDocument(YamlNode root) throws ConfigException {
    root.requireKeys(Set.of("emission", "description"));
    if (root.find("description").isPresent()) {
      root.get("description").text();
    }
    return read(root.get("emission"));
  }

  /**
   * Reads one schedule: a mapping with exactly one key naming its type.
   *
   * @param node the schedule's node
   * @return the schedule
   * @throws ConfigException naming the key and line at fault
   */
  public static EmissionSchedule read(YamlNode node) throws ConfigException {
    node.requireKeys(TYPES);
    if (node.keys().size() != 1) {
      throw node.error("expected exactly one schedule type, one of " + new java.util.TreeSet<>(TYPES));
    }
    String type = node.keys().iterator().next();
    YamlNode body = node.get(type);
    try {
      return switch (type) {
        case "constant" -> {
          body.requireKeys(Set.of("amount"));
          yield EmissionSchedule.constant(amount(body.get("amount")));
        }
        case "halving" -> {
          body.requireKeys(Set.of("initial", "interval"));
          yield EmissionSchedule.halving(
              amount(body.get("initial")), body.get("interval").longInRange(1, Long.MAX_VALUE));
        }
        case "exponential_decay" -> {
          body.requireKeys(Set.of("total", "half_life"));
          yield EmissionSchedule.exponentialDecay(
              amount(body.get("total")), body.get("half_life").longInRange(1, Long.MAX_VALUE));
        }
        case "linear" -> {
          body.requireKeys(Set.of("initial", "change"));
          yield EmissionSchedule.linear(amount(body.get("initial")), signedAmount(body.get("change")));
        }
        case "inflation" -> inflation(body);
        case "piecewise" -> piecewise(body);
        case "sum" -> {
          List<EmissionSchedule> parts = new ArrayList<>();
          for (YamlNode part : nonEmpty(body)) {
            parts.add(read(part));
          }
          yield EmissionSchedule.sum(parts);
        }
        case "capped" -> {
          body.requireKeys(Set.of("cap", "schedule"));
          yield EmissionSchedule.capped(read(body.get("schedule")), amount(body.get("cap")));
        }
        case "data_driven" -> dataDriven(body);
        default -> filecoin(body);
      };
    } catch (IllegalArgumentException e) {
      throw body.error(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static List<YamlNode> nonEmpty(YamlNode list) throws ConfigException {
    List<YamlNode> elements = list.elements();
    if (elements.isEmpty()) {
      throw list.error("expected at least one element");
    }
    return elements;
  }

  private static BigInteger amount(YamlNode node) throws ConfigException {
    BigInteger value = signedAmount(node);
    if (value.signum() < 0) {
      throw node.error("expected an amount of 0 or more base units, found " + value);
    }
    return value;
  }

  private static BigInteger signedAmount(YamlNode node) throws ConfigException {
    BigInteger value = node.integer();
    if (value.abs().compareTo(MAX_AMOUNT) > 0) {
      throw node.error("expected at most 10^60 base units");
    }
    return value;
  }

  private static EmissionSchedule inflation(YamlNode body) throws ConfigException {
    body.requireKeys(Set.of("initial_supply", "annual_rate", "epochs_per_year"));
    YamlNode rateNode = body.get("annual_rate");
    BigDecimal rate = rateNode.decimal();
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw rateNode.error("expected a rate from 0 to 100 (0.05 is 5%), found " + rate.toPlainString());
    }
    if (rate.scale() > MAX_RATE_SCALE) {
      throw rateNode.error("expected at most " + MAX_RATE_SCALE + " fraction digits");
    }
    return EmissionSchedule.inflationTargeted(amount(body.get("initial_supply")), rate,
        body.get("epochs_per_year").longInRange(1, Long.MAX_VALUE));
  }

  private static EmissionSchedule piecewise(YamlNode body) throws ConfigException {
    List<Piece> pieces = new ArrayList<>();
    long previous = -1;
    for (YamlNode element : nonEmpty(body)) {
      element.requireKeys(Set.of("start", "clock", "schedule"));
      YamlNode startNode = element.get("start");
      long start = startNode.longInRange(0, Long.MAX_VALUE);
      if (start <= previous) {
        throw startNode.error("expected a start after the previous piece's " + previous);
      }
      previous = start;
      PieceClock clock = PieceClock.RELATIVE;
      if (element.find("clock").isPresent()) {
        YamlNode clockNode = element.get("clock");
        clock = switch (clockNode.text()) {
          case "relative" -> PieceClock.RELATIVE;
          case "absolute" -> PieceClock.ABSOLUTE;
          default -> throw clockNode.error("expected relative or absolute");
        };
      }
      pieces.add(new Piece(Epoch.of(start), clock, read(element.get("schedule"))));
    }
    return EmissionSchedule.piecewise(pieces);
  }

  private static Instant instantOrDate(YamlNode node) throws ConfigException {
    String text = node.text();
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw node.error("not a calendar date: " + text);
      }
    }
    return node.instant();
  }

  private static EmissionSchedule dataDriven(YamlNode body) throws ConfigException {
    body.requireKeys(Set.of("genesis", "epoch_length", "entries"));
    Instant genesis = instantOrDate(body.get("genesis"));
    YamlNode lengthNode = body.get("epoch_length");
    Duration length = lengthNode.duration();
    if (length.isNegative() || length.isZero()) {
      throw lengthNode.error("expected a positive duration, found " + length);
    }
    EpochClock clock = EpochClock.of(Clock.fixed(genesis, ZoneOffset.UTC), genesis, length);
    List<TimedAmount> entries = new ArrayList<>();
    for (YamlNode element : nonEmpty(body.get("entries"))) {
      element.requireKeys(Set.of("start", "amount"));
      YamlNode startNode = element.get("start");
      Instant start = instantOrDate(startNode);
      if (!entries.isEmpty() && !start.isAfter(entries.get(entries.size() - 1).start())) {
        throw startNode.error("expected a start after the previous entry's");
      }
      entries.add(new TimedAmount(start, amount(element.get("amount"))));
      try {
        EmissionSchedule.dataDriven(clock, List.of(entries.get(entries.size() - 1)));
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw startNode.error("the entry is beyond the last epoch of this clock");
      }
    }
    return EmissionSchedule.dataDriven(clock, entries);
  }

  private static EmissionSchedule filecoin(YamlNode body) throws ConfigException {
    body.requireKeys(Set.of("realized_power"));
    NavigableMap<Long, BigInteger> steps = new TreeMap<>();
    if (body.find("realized_power").isPresent()) {
      long previous = -1;
      for (YamlNode element : nonEmpty(body.get("realized_power"))) {
        element.requireKeys(Set.of("from", "bytes"));
        YamlNode fromNode = element.get("from");
        long from = fromNode.longInRange(0, Long.MAX_VALUE);
        if (from <= previous) {
          throw fromNode.error("expected an epoch after the previous step's " + previous);
        }
        previous = from;
        steps.put(from, amount(element.get("bytes")));
      }
    }
    return FilecoinEmission.of(epoch -> {
      Map.Entry<Long, BigInteger> step = steps.floorEntry(epoch.index());
      return step == null ? BigInteger.ZERO : step.getValue();
    });
  }
}
