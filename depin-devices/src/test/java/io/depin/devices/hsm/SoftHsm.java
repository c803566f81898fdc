package io.depin.devices.hsm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SoftHSM2 tokens for tests, created once per test JVM in a fresh directory.
 *
 * <p>libsofthsm2 reads {@code SOFTHSM2_CONF} from the JVM's environment when it is first loaded
 * and sees only the tokens that exist then, so the surefire configuration sets {@code
 * SOFTHSM2_CONF} to a file under {@code target/}, and this class writes that file and initialises
 * every token before any test touches the library. A missing SoftHSM2 fails the tests: CI installs
 * it ({@code .ci/run}).
 */
final class SoftHsm {
  static final String KEYS_LABEL = "depin-keys";
  static final String PIN_LABEL = "depin-pin";
  static final String USER_PIN = "246813";
  private static final String SO_PIN = "97531864";
  private static final List<Path> LIBRARIES =
      List.of(
          Path.of("/usr/lib/softhsm/libsofthsm2.so"),
          Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
          Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"));
  private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

  private static Map<String, Long> slots = Map.of();

  private SoftHsm() {}

  /** {@return a config for the token with that label, creating all tokens on first use} */
  static synchronized Pkcs11Config config(String label) {
    if (slots.isEmpty()) {
      slots = createTokens();
    }
    Long slot = slots.get(label);
    if (slot == null) {
      throw new AssertionError("no test token labelled " + label);
    }
    return Pkcs11Config.builder().library(library()).slot(slot).build();
  }

  /** {@return the SoftHSM2 PKCS#11 library} */
  static Path library() {
    return LIBRARIES.stream()
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "SoftHSM2 is not installed (no libsofthsm2.so in " + LIBRARIES
                        + "); run `apt-get install softhsm2`, or `bash .ci/run`"));
  }

  private static Map<String, Long> createTokens() {
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null || !conf.contains("target")) {
      throw new AssertionError(
          "SOFTHSM2_CONF must point at a file under target/ in the test JVM's environment (set by"
              + " the surefire configuration of depin-devices/pom.xml); it is " + conf);
    }
    library();
    try {
      Path confFile = Path.of(conf).toAbsolutePath();
      Path tokens = confFile.resolveSibling("tokens");
      deleteRecursively(tokens);
      Files.createDirectories(tokens);
      Files.writeString(
          confFile,
          "directories.tokendir = " + tokens + "\n"
              + "objectstore.backend = file\n"
              + "log.level = ERROR\n"
              + "slots.removable = false\n",
          StandardCharsets.UTF_8);
      Map<String, Long> created = new HashMap<>();
      for (String label : List.of(KEYS_LABEL, PIN_LABEL)) {
        created.put(label, initToken(confFile, label));
      }
      return Map.copyOf(created);
    } catch (IOException e) {
      throw new AssertionError(
          "cannot create SoftHSM2 tokens (is softhsm2-util on PATH? `apt-get install softhsm2`): "
              + e.getMessage(),
          e);
    }
  }

  private static long initToken(Path confFile, String label) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                "softhsm2-util", "--init-token", "--free", "--label", label,
                "--pin", USER_PIN, "--so-pin", SO_PIN)
            .redirectErrorStream(true);
    pb.environment().put("SOFTHSM2_CONF", confFile.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new AssertionError("softhsm2-util --init-token failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while creating a SoftHSM2 token", e);
    }
    Matcher m = SLOT.matcher(out);
    if (!m.find()) {
      throw new AssertionError("softhsm2-util printed no slot id: " + out);
    }
    return Long.parseLong(m.group(1));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
