package io.depin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.depin.core.bytes.Hash32;
import io.depin.core.merkle.InvalidLeafValueException;
import io.depin.core.merkle.StandardMerkleTree;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code depin merkle}: OpenZeppelin-compatible Merkle trees for on-chain reward claims.
 *
 * {@snippet lang=shell :
 * depin merkle build --types address,uint256 --in claims.csv --out tree.json --dump dump.json
 * depin merkle build --types 'address,(uint64,uint256)[]' --in batches.json --out tree.json
 * }
 */
@Command(
    name = "merkle",
    mixinStandardHelpOptions = true,
    description = "OpenZeppelin StandardMerkleTree-compatible Merkle trees.",
    subcommands = {MerkleCommand.Build.class})
public final class MerkleCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public MerkleCommand() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code depin merkle build}: reads rows from CSV or JSON, builds the tree, writes every leaf's
   * value, index and proof, and prints the root.
   *
   * <p>Exit codes: 0 built; 1 the input cannot be read or holds a bad value, or an output cannot be
   * written (a message on standard error names the file and line); 2 bad usage.
   *
   * {@snippet lang=shell :
   * depin merkle build --types address,uint256 --in claims.json --out tree.json
   * }
   */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Builds an OpenZeppelin StandardMerkleTree (standard-v1) and prints its root.",
        "CSV: one leaf per row; a first row whose cells are names (not numbers, booleans, 0x"
            + " hex or arrays) and that is not a valid row of the given types is a header; a cell"
            + " of an array or tuple column holds a JSON array. JSON: an array of arrays, array"
            + " and tuple values as nested arrays.",
        "Exit codes: 0 built; 1 the input cannot be read or holds a bad value, or an output cannot"
            + " be written; 2 bad usage."
      })
  public static final class Build implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--types", required = true,
        description = "Solidity types of the columns, comma-separated, e.g. address,uint256 or"
            + " 'address,(uint64,bytes32)[]': any ABI type OpenZeppelin's merkle-tree accepts"
            + " (arrays T[] and T[k], tuples (T1,T2,...))")
    String typeList = "";

    private static final ObjectMapper CELL_READER = new ObjectMapper();

    private List<String> types = List.of();

    @Option(names = "--in", required = true, description = "values.csv or values.json")
    @Nullable Path in;

    @Option(names = "--out", required = true,
        description = "output JSON: root and each leaf's value, index, treeIndex and proof")
    @Nullable Path out;

    @Option(names = "--dump", description = "also write the OpenZeppelin standard-v1 dump here")
    @Nullable Path dump;

    /** Creates the command (picocli instantiates it). */
    public Build() {}

    private record Row(List<Object> values, long line) {}

    @Override
    public Integer call() {
      Path input = java.util.Objects.requireNonNull(in);
      types = splitTypes(typeList);
      List<Row> rows;
      try {
        rows = input.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(input) : readCsv(input);
      } catch (BadInput e) {
        return fail(Objects.requireNonNullElse(e.getMessage(), e.toString()));
      } catch (JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
        return fail(input + where + ": " + e.getOriginalMessage());
      } catch (IOException e) {
        return fail("cannot read " + input + ": " + e.getMessage());
      }
      if (rows.isEmpty()) {
        return fail(input + ": no values");
      }
      List<List<Object>> values = new ArrayList<>(rows.size());
      rows.forEach(r -> values.add(r.values()));
      StandardMerkleTree tree;
      try {
        tree = StandardMerkleTree.of(types, values);
      } catch (InvalidLeafValueException e) {
        String reason = Objects.requireNonNullElse(e.getMessage(), e.toString());
        reason = reason.replaceFirst("^value \\d+: ", "");
        return fail(input + " line " + rows.get(e.valueIndex()).line() + ": " + reason);
      } catch (IllegalArgumentException e) {
        return fail(Objects.requireNonNullElse(e.getMessage(), e.toString()));
      }
      Path target = java.util.Objects.requireNonNull(out);
      try {
        writeTree(tree, target);
      } catch (IOException e) {
        return fail("cannot write " + target + ": " + e.getMessage());
      }
      if (dump != null) {
        try {
          Files.writeString(dump, tree.dump(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          return fail("cannot write " + dump + ": " + e.getMessage());
        }
      }
      spec.commandLine().getOut().println(tree.root());
      spec.commandLine().getOut().flush();
      return 0;
    }

    /** Splits the type list at the commas that are not inside a tuple's parentheses. */
    static List<String> splitTypes(String list) {
      List<String> out = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < list.length(); i++) {
        char c = list.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == ',' && depth == 0) {
          out.add(list.substring(start, i));
          start = i + 1;
        }
      }
      out.add(list.substring(start));
      return out;
    }

    private static boolean isArrayOrTuple(String type) {
      return type.endsWith("]") || type.startsWith("(");
    }

    private int fail(String message) {
      spec.commandLine().getErr().println("error: " + message);
      spec.commandLine().getErr().flush();
      return 1;
    }

    private List<Row> readCsv(Path path) throws IOException {
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      mapper.enable(CsvParser.Feature.TRIM_SPACES);
      mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      List<Row> rows = new ArrayList<>();
      try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(path.toFile())) {
        boolean first = true;
        while (it.hasNextValue()) {
          long line = it.getCurrentLocation().getLineNr();
          String[] cells = it.nextValue();
          line = Math.max(line, 1);
          if (first && isHeader(cells)) {
            first = false;
            if (!isValidRow(cells, path, line)) {
              continue;
            }
            spec.commandLine().getErr().println("warning: " + path + " line " + line
                + " looks like a header but is a valid row of " + types + "; it is kept as a leaf");
          }
          first = false;
          rows.add(new Row(toValues(List.of(cells), path, line), line));
        }
      }
      return rows;
    }

    private static boolean isHeader(String[] cells) {
      for (String c : cells) {
        if (c.isEmpty() || c.startsWith("0x") || c.startsWith("-") || c.startsWith("[")
            || Character.isDigit(c.charAt(0))
            || c.equals("true") || c.equals("false")) {
          return false;
        }
      }
      return true;
    }

    /** Whether {@code cells} are a leaf of the given types, so that they cannot be a header. */
    private boolean isValidRow(String[] cells, Path path, long line) {
      try {
        StandardMerkleTree.verify(Hash32.ZERO, types, toValues(List.of(cells), path, line), List.of());
        return true;
      } catch (IllegalArgumentException | BadInput e) {
        return false;
      }
    }

    private List<Row> readJson(Path path) throws IOException {
      ObjectMapper mapper = new ObjectMapper();
      List<Row> rows = new ArrayList<>();
      try (JsonParser p = new JsonFactory(mapper).createParser(path.toFile())) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw new BadInput(path + " line 1: expected a JSON array of arrays");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          long line = p.currentTokenLocation().getLineNr();
          JsonNode row = mapper.readTree(p);
          if (row == null || !row.isArray()) {
            throw new BadInput(path + " line " + line + ": expected an array of values");
          }
          List<Object> cells = new ArrayList<>();
          for (JsonNode cell : row) {
            cells.add(jsonValue(cell, path, line));
          }
          rows.add(new Row(toValues(cells, path, line), line));
        }
        if (p.nextToken() != null) {
          throw new BadInput(path + " line " + p.currentTokenLocation().getLineNr()
              + ": data after the array of values");
        }
      }
      return rows;
    }

    /**
     * Converts a JSON cell: strings stay text (the tree parses them), numbers become their decimal
     * text, booleans Booleans and arrays Lists (array and tuple values).
     */
    private static Object jsonValue(JsonNode cell, Path path, long line) {
      if (cell.isArray()) {
        List<Object> list = new ArrayList<>(cell.size());
        for (JsonNode element : cell) {
          list.add(jsonValue(element, path, line));
        }
        return list;
      }
      if (cell.isBoolean()) {
        return cell.booleanValue();
      }
      if (!cell.isValueNode() || cell.isNull()) {
        throw new BadInput(path + " line " + line + ": values must be strings, numbers, booleans or arrays");
      }
      return cell.isTextual() ? cell.textValue() : cell.asText();
    }

    /**
     * Keeps cells as text (the tree parses them) except bool columns, which become Booleans, and,
     * from CSV, array and tuple columns, whose cells are parsed as JSON arrays.
     */
    private List<Object> toValues(List<?> cells, Path path, long line) {
      if (cells.size() != types.size()) {
        throw new BadInput(path + " line " + line + ": expected " + types.size() + " columns "
            + types + ", got " + cells.size());
      }
      List<Object> values = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        if (!(cells.get(i) instanceof String cell)) {
          values.add(cells.get(i));
          continue;
        }
        if (isArrayOrTuple(types.get(i))) {
          JsonNode parsed;
          try {
            parsed = CELL_READER.readTree(cell);
          } catch (JsonProcessingException e) {
            parsed = null;
          }
          if (parsed == null || !parsed.isArray()) {
            throw new BadInput(path + " line " + line + ": column " + (i + 1) + ": expected a JSON array for "
                + types.get(i));
          }
          values.add(jsonValue(parsed, path, line));
        } else if (types.get(i).equals("bool")) {
          if (!cell.equals("true") && !cell.equals("false")) {
            throw new BadInput(path + " line " + line + ": column " + (i + 1) + ": expected true or false");
          }
          values.add(Boolean.valueOf(cell));
        } else {
          values.add(cell);
        }
      }
      return values;
    }

    private void writeTree(StandardMerkleTree tree, Path path) throws IOException {
      try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
          JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
        g.writeStartObject();
        g.writeStringField("format", "standard-v1");
        g.writeArrayFieldStart("leafEncoding");
        for (String t : tree.leafEncoding()) {
          g.writeString(t);
        }
        g.writeEndArray();
        g.writeStringField("root", tree.root().toPrefixedHex());
        g.writeArrayFieldStart("entries");
        for (int i = 0; i < tree.size(); i++) {
          g.writeStartObject();
          g.writeNumberField("index", i);
          g.writeFieldName("value");
          writeValue(g, tree.values().get(i));
          g.writeNumberField("treeIndex", tree.treeIndex(i));
          g.writeArrayFieldStart("proof");
          for (Hash32 h : tree.getProof(i)) {
            g.writeString(h.toPrefixedHex());
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
  }

  private static void writeValue(JsonGenerator g, Object value) throws IOException {
    if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object v : list) {
        writeValue(g, v);
      }
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(value.toString());
    }
  }

  /** Bad input with a message that names the file and line. */
  private static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }
}
