package io.depin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.cli.devices.Provisioner;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.cert.Certificate;
import io.depin.devices.cert.DeviceCsr;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DevicesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = DepinCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path initMaker(String keyType) {
    Path maker = dir.resolve("maker");
    assertThat(run("maker", "init", "--name", "Acme Sensors", "--key-type", keyType, "--out", maker.toString()))
        .isZero();
    return maker;
  }

  @Test
  void makerInit_newDirectory_writesOwnerOnlyKeyAndPrintsNoSecret() throws IOException {
    Path maker = initMaker("p256");
    JsonNode json = JSON.readTree(maker.resolve("maker.json").toFile());
    assertThat(out.toString())
        .contains("maker id: " + json.get("makerId").asText())
        .contains("subject: CN=Acme Sensors")
        .doesNotContain("PRIVATE KEY");
    assertThat(json.get("name").asText()).isEqualTo("Acme Sensors");
    assertThat(json.get("keyType").asText()).isEqualTo("p256");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(maker.resolve("maker-key.pem"))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(maker.resolve("maker-cert.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void makerInit_existingDirectory_refusesAndKeepsIt() throws IOException {
    Path maker = initMaker("ed25519");
    String key = Files.readString(maker.resolve("maker-key.pem"));
    assertThat(run("maker", "init", "--name", "Other", "--key-type", "p256", "--out", maker.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("already exists");
    assertThat(Files.readString(maker.resolve("maker-key.pem"))).isEqualTo(key);
  }

  @Test
  void provisionThenVerify_twentyDevices_manifestVerifies() throws IOException {
    Path maker = initMaker("secp256k1");
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--count", "20",
        "--key-type", "p256", "--out", batch.toString())).isZero();
    assertThat(out.toString()).contains("devices: 20 (20 new, 0 kept");
    JsonNode manifest = JSON.readTree(batch.resolve("manifest.json").toFile());
    assertThat(manifest.get("devices")).hasSize(20);
    assertThat(fileNames(batch)).hasSize(22).contains("manifest.json", "batch.json", "device-000001.json", "device-000020.json");
    Path bundle = batch.resolve("device-000001.json");
    JsonNode device = JSON.readTree(bundle.toFile());
    assertThat(device.get("deviceId").asText()).isEqualTo(manifest.get("devices").get(0).get("deviceId").asText());
    assertThat(manifest.get("devices").get(0).get("bundle").asText()).isEqualTo("device-000001.json");
    assertThat(device.get("keyType").asText()).isEqualTo("p256");
    SigningKey key = SigningKey.fromPkcs8Pem(device.get("privateKey").asText());
    assertThat(io.depin.core.bytes.Hex.encode(key.publicKey().toRaw())).isEqualTo(device.get("publicKey").asText());
    try (Stream<Path> files = Files.list(batch)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("device-")).toList()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
      }
    }
    assertThat(out.toString()).doesNotContain("PRIVATE KEY");

    assertThat(run("devices", "verify", batch.resolve("manifest.json").toString())).isZero();
    assertThat(out.toString()).contains("20 devices: 20 ok, 0 failed");
  }

  @Test
  void provision_hundredDevices_stderrNotATerminal_plainProgressLines() throws IOException {
    Path maker = initMaker("p256");
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--count", "100",
        "--key-type", "p256", "--out", batch.toString())).isZero();
    String progress = err.toString();
    assertThat(progress).doesNotContain("\u001b").doesNotContain("\r");
    List<String> lines = progress.lines().toList();
    assertThat(lines).first().asString().startsWith("provisioning: 0/100 devices (0%), ");
    assertThat(lines).last().asString().startsWith("provisioning: 100/100 devices (100%), ");
    assertThat(lines).hasSize(11);
  }

  @Test
  void provision_generatedKeys_bundlePrivateKeyMatchesCertifiedKey() throws IOException {
    Path maker = initMaker("p256");
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--count", "3",
        "--key-type", "secp256k1", "--out", batch.toString())).isZero();
    List<String> mismatched = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String name = "device-00000" + i + ".json";
      JsonNode bundle = JSON.readTree(batch.resolve(name).toFile());
      SigningKey key = SigningKey.fromPkcs8Pem(bundle.get("privateKey").asText());
      Certificate cert = Certificate.fromPem(bundle.get("certificate").asText());
      if (!key.publicKey().equals(cert.publicKey())) {
        mismatched.add(name);
      }
    }
    assertThat(mismatched).isEmpty();
  }

  @Test
  void provision_rerunWithSwappedPrivateKey_refusesWithoutPrintingTheKey() throws IOException {
    Path maker = initMaker("p256");
    Path batch = dir.resolve("batch");
    String[] args = {"devices", "provision", "--maker", maker.toString(), "--count", "2",
        "--key-type", "p256", "--out", batch.toString()};
    assertThat(run(args)).isZero();
    Path first = batch.resolve("device-000001.json");
    ObjectNode bundle = (ObjectNode) JSON.readTree(first.toFile());
    bundle.put("privateKey", JSON.readTree(batch.resolve("device-000002.json").toFile()).get("privateKey").asText());
    Files.writeString(first, JSON.writeValueAsString(bundle));

    assertThat(run(args)).isEqualTo(1);
    assertThat(err.toString()).contains("device-000001.json: the bundle's private key is not the certified key");
    assertThat(out.toString() + err.toString()).doesNotContain("PRIVATE KEY");
  }

  @Test
  void provision_fromCsrs_issuesWithoutKeys() throws Exception {
    Path maker = initMaker("ed25519");
    Path csrs = Files.createDirectory(dir.resolve("csrs"));
    List<String> ids = new ArrayList<>();
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 5; i++) {
      DeviceCsr csr = DeviceCsr.create(SigningKey.generate(KeyType.ED25519, random));
      ids.add(csr.deviceId().toString());
      Files.writeString(csrs.resolve("dev" + i + ".pem"), csr.toPem());
    }
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--csr-dir", csrs.toString(),
        "--out", batch.toString())).isZero();
    JsonNode manifest = JSON.readTree(batch.resolve("manifest.json").toFile());
    List<String> listed = new ArrayList<>();
    manifest.get("devices").forEach(d -> listed.add(d.get("deviceId").asText()));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
    List<String> expected = new ArrayList<>(List.of("manifest.json", "batch.json"));
    ids.forEach(id -> expected.add("device-" + id.substring(2) + Provisioner.BUNDLE_EXTENSION));
    assertThat(fileNames(batch)).containsExactlyInAnyOrderElementsOf(expected);
    for (String id : ids) {
      Path bundle = batch.resolve("device-" + id.substring(2) + Provisioner.BUNDLE_EXTENSION);
      assertThat(JSON.readTree(bundle.toFile()).has("privateKey")).as(id).isFalse();
      assertThat(Files.readString(bundle)).as(id).doesNotContain("PRIVATE KEY");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle))).as(id).isEqualTo("rw-------");
    }
    assertThat(run("devices", "verify", batch.resolve("manifest.json").toString())).isZero();
  }

  @Test
  void provision_malformedCsr_rejectsItAndProvisionsTheRest() throws Exception {
    Path maker = initMaker("p256");
    Path csrs = Files.createDirectory(dir.resolve("csrs"));
    Files.writeString(csrs.resolve("good.pem"),
        DeviceCsr.create(SigningKey.generate(KeyType.P256, new SecureRandom())).toPem());
    Files.writeString(csrs.resolve("bad.pem"), "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n");
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--csr-dir", csrs.toString(),
        "--out", batch.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("rejected: bad.pem: not a valid device CSR");
    assertThat(JSON.readTree(batch.resolve("manifest.json").toFile()).get("devices")).hasSize(1);
  }

  @Test
  void provision_rerunAfterInterruption_resumesAndKeepsExistingIds() throws IOException {
    Path maker = initMaker("p256");
    Path batch = dir.resolve("batch");
    String[] args = {"devices", "provision", "--maker", maker.toString(), "--count", "12",
        "--key-type", "ed25519", "--out", batch.toString()};
    assertThat(run(args)).isZero();
    Map<String, String> before = idsBySlot(batch);
    // Simulate a crash: two bundles gone, one half-written (only its temp file), manifest gone.
    Files.delete(batch.resolve("device-000003.json"));
    Files.delete(batch.resolve("device-000010.json"));
    Files.delete(batch.resolve("device-000007.json"));
    Files.writeString(batch.resolve("device-000007.json.tmp"), "{\"deviceId\":");
    Files.writeString(batch.resolve(".manifest.json.456.tmp"), "{");
    Files.delete(batch.resolve("manifest.json"));

    assertThat(run(args)).isZero();
    assertThat(out.toString()).contains("devices: 12 (3 new, 9 kept from an earlier run, 2 incomplete leftovers removed)");
    Map<String, String> after = idsBySlot(batch);
    assertThat(after).hasSize(12);
    for (String slot : before.keySet()) {
      if (!List.of("device-000003.json", "device-000007.json", "device-000010.json").contains(slot)) {
        assertThat(after.get(slot)).as(slot).isEqualTo(before.get(slot));
      }
    }
    assertThat(fileNames(batch)).hasSize(14).noneMatch(name -> name.endsWith(".tmp"));
    assertThat(run("devices", "verify", batch.resolve("manifest.json").toString())).isZero();
    assertThat(out.toString()).contains("12 devices: 12 ok, 0 failed");
  }

  @Test
  void provision_rerunWithOtherArguments_refuses() {
    Path maker = initMaker("p256");
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--count", "2",
        "--key-type", "p256", "--out", batch.toString())).isZero();
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--count", "3",
        "--key-type", "p256", "--out", batch.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("holds another batch");
  }

  @Test
  void verify_tamperedManifest_reportsEachFailure() throws IOException {
    Path maker = initMaker("p256");
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--count", "4",
        "--key-type", "p256", "--out", batch.toString())).isZero();
    Path file = batch.resolve("manifest.json");
    ObjectNode manifest = (ObjectNode) JSON.readTree(file.toFile());
    JsonNode devices = manifest.get("devices");
    // entry 0: a certificate of another device; entry 1: a public key of another device; entry 3 repeats entry 2.
    ((ObjectNode) devices.get(0)).put("certificate", devices.get(1).get("certificate").asText());
    ((ObjectNode) devices.get(1)).put("publicKey", devices.get(2).get("publicKey").asText());
    ((ObjectNode) devices.get(3)).setAll((ObjectNode) devices.get(2).deepCopy());
    Files.writeString(file, JSON.writeValueAsString(manifest));

    assertThat(run("devices", "verify", file.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("FAIL entry 0")
        .contains("the certificate is for device")
        .contains("FAIL entry 1")
        .contains("another public key")
        .contains("FAIL entry 3")
        .contains("duplicate device id")
        .contains("4 devices: 1 ok, 3 failed");
  }

  @Test
  void verify_certificateSignedByAnotherMaker_reportsChainFailure() throws IOException {
    Path maker = initMaker("p256");
    Path batch = dir.resolve("batch");
    assertThat(run("devices", "provision", "--maker", maker.toString(), "--count", "1",
        "--key-type", "p256", "--out", batch.toString())).isZero();
    Path other = dir.resolve("other");
    assertThat(run("maker", "init", "--name", "Acme Sensors", "--key-type", "p256", "--out", other.toString())).isZero();
    ObjectNode manifest = (ObjectNode) JSON.readTree(batch.resolve("manifest.json").toFile());
    manifest.put("makerCertificate", Files.readString(other.resolve("maker-cert.pem")));
    Path file = dir.resolve("forged.json");
    Files.writeString(file, JSON.writeValueAsString(manifest));
    assertThat(run("devices", "verify", file.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("certificate rejected").contains("1 devices: 0 ok, 1 failed");
  }

  @Test
  void provision_badArguments_exit2WithMessage() {
    Path maker = initMaker("p256");
    String m = maker.toString();
    String o = dir.resolve("b").toString();
    assertThat(run("devices", "provision", "--maker", m, "--count", "5", "--out", o)).isEqualTo(2);
    assertThat(err.toString()).contains("--count needs --key-type");
    assertThat(run("devices", "provision", "--maker", m, "--count", "0", "--key-type", "p256", "--out", o)).isEqualTo(2);
    assertThat(err.toString()).contains("--count must be at least 1");
    assertThat(run("devices", "provision", "--maker", m, "--out", o)).isEqualTo(2);
    assertThat(err.toString()).contains("--count").contains("--csr-dir");
    assertThat(run("devices", "provision", "--maker", m, "--count", "1", "--csr-dir", o, "--key-type", "p256", "--out", o))
        .isEqualTo(2);
    assertThat(run("devices", "provision", "--maker", m, "--count", "1", "--key-type", "rsa", "--out", o)).isEqualTo(2);
    assertThat(err.toString()).contains("unknown key type 'rsa'");
    assertThat(run("maker", "init", "--name", "X", "--key-type", "p256", "--out", o, "--validity-days", "0"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--validity-days must be at least 1");
  }

  @Test
  void provision_missingMakerDirectory_exits1() {
    assertThat(run("devices", "provision", "--maker", dir.resolve("none").toString(), "--count", "1",
        "--key-type", "p256", "--out", dir.resolve("b").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("is not a maker directory");
  }

  @Test
  void verify_missingOrMalformedManifest_givesClearErrors() throws IOException {
    assertThat(run("devices", "verify", dir.resolve("absent.json").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("does not exist");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"devices\": []}");
    assertThat(run("devices", "verify", bad.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("is not a valid manifest");
  }

  private static Map<String, String> idsBySlot(Path batch) throws IOException {
    Map<String, String> ids = new TreeMap<>();
    for (JsonNode d : JSON.readTree(batch.resolve("manifest.json").toFile()).get("devices")) {
      ids.put(d.get("bundle").asText(), d.get("deviceId").asText());
    }
    return ids;
  }

  private static List<String> fileNames(Path batch) throws IOException {
    try (Stream<Path> files = Files.list(batch)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
