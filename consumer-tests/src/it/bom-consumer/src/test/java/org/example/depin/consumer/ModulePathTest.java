package org.example.depin.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.depin.testkit.proofs.SimulatedFleet;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiles the program with src/module/module-info.java, which requires the SDK's modules by name,
 * and runs it with {@code java --module-path}: both fail if a jar lacks a stable module name.
 *
 * <p>The SDK's jars go on the module path; the libraries they use stay on the class path, because
 * two of web3j's jars (crypto and utils) both hold the package org.web3j.crypto, which the module
 * system refuses.
 */
class ModulePathTest {
  private static final String MODULE = "org.example.depin.consumer";

  @Test
  void program_compilesAndRunsOnTheModulePath() throws Exception {
    Path work = Path.of(System.getProperty("consumer.work"));
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    List<String> sdk = new ArrayList<>();
    List<String> libraries = new ArrayList<>();
    for (String jar : System.getProperty("consumer.runtime.path").split(File.pathSeparator)) {
      (Path.of(jar).getFileName().toString().startsWith("depin-") ? sdk : libraries).add(jar);
    }
    assertEquals(4, sdk.size(), "the SDK jars on the runtime path: " + sdk);
    String modulePath = String.join(File.pathSeparator, sdk);
    String classPath = String.join(File.pathSeparator, libraries);

    List<String> javac = new ArrayList<>(List.of(
        "--release", "21", "-Xlint:-options", "-d", classes.toString(),
        "--module-path", modulePath,
        "--class-path", classPath,
        System.getProperty("consumer.module.descriptor")));
    try (Stream<Path> sources = Files.walk(Path.of(System.getProperty("consumer.sources")))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> javac.add(p.toString()));
    }
    ToolProvider compiler = ToolProvider.findFirst("javac").orElseThrow();
    assertEquals(0, compiler.run(System.out, System.err, javac.toArray(String[]::new)), "javac");

    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> output = run(List.of(
        java,
        "--module-path", classes + File.pathSeparator + modulePath,
        "--class-path", classPath,
        "--module", MODULE + "/" + MODULE + ".Main"));

    assertEquals(List.of(
        "module " + MODULE,
        "proofs module io.depin.proofs",
        "verdict MALFORMED",
        "pool 5000",
        "paid 0 devices, dust 5000"), output);
  }

  @Test
  void testKitJar_namesItsModule() throws Exception {
    Path jar = Path.of(
        SimulatedFleet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = ModuleFinder.of(jar).findAll().stream()
        .map(reference -> reference.descriptor().name())
        .toList();
    assertEquals(List.of("io.depin.testkit"), names, jar.toString());
  }

  private static List<String> run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the program did not finish in 60 s");
    }
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    return text.lines().toList();
  }
}
