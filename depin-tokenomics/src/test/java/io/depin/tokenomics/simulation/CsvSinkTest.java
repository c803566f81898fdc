package io.depin.tokenomics.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkTest {
  @Test
  void rows_haveHeaderAndRunOrder_integralValuesWithoutDecimals() throws IOException {
    CsvSink sink = CsvSink.to(new StringWriter());
    StringWriter out = new StringWriter();
    CsvSink csv = CsvSink.to(out);
    csv.open(new SimulationPlan(List.of("supply", "a,\"b\""), 1, 2, 1, 0, 2));
    RunRecorder<Object> second = csv.recorder(new RunInfo(0, 1, 11));
    RunRecorder<Object> first = csv.recorder(new RunInfo(0, 0, 10));
    second.record(0, "s", new double[] {100, 0.25});
    second.record(1, "s", new double[] {-3, Double.NaN});
    second.completed(); // ends first, written second
    first.record(0, "s", new double[] {100, 1e300});
    first.failed(new RunFailure(10, 0, 0, 0, new IllegalStateException()));
    csv.close();
    assertThat(out.toString())
        .isEqualTo(
            "sweep,run,step,supply,\"a,\"\"b\"\"\"\n"
                + "0,0,0,100,1.0E300\n"
                + "0,1,0,100,0.25\n"
                + "0,1,1,-3,NaN\n");
    sink.close();
  }

  @Test
  void toPath_writesTheFileOfASimulation(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("walk.csv");
    Simulation.builder(Walk.model())
        .params(new Walk.Params(1, 0))
        .runs(2)
        .steps(2)
        .seed(4)
        .sink(CsvSink.to(file))
        .build()
        .run();
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "sweep,run,step,x,n",
            "0,0,0,0,0",
            "0,0,1,1,1",
            "0,0,2,2,2",
            "0,1,0,0,0",
            "0,1,1,1,1",
            "0,1,2,2,2");
  }

  @Test
  void writeError_surfacesFromRun() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    var sim =
        Simulation.builder(Walk.model())
            .params(new Walk.Params(1, 0))
            .steps(1)
            .seed(1)
            .sink(CsvSink.to(broken))
            .build();
    assertThatThrownBy(sim::run)
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }
}
