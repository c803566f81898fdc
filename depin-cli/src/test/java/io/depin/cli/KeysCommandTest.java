package io.depin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;
import io.depin.core.bytes.Hex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class KeysCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DepinCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "secp256k1", "p256"})
  void generate_eachType_writesPkcs8AndPrintsPublicKeyOnly(String type) throws IOException {
    Path file = dir.resolve("key.pem");
    assertThat(run("keys", "generate", "--type", type, "--out", file.toString())).isZero();
    SigningKey key = SigningKey.fromPkcs8Pem(Files.readString(file, StandardCharsets.US_ASCII));
    assertThat(out.toString())
        .contains("public key (hex): " + Hex.encode(key.publicKey().toRaw()))
        .contains(key.publicKey().toSpkiPem())
        .doesNotContain(Hex.encode(key.exportRaw(SecretAccess.EXPORT)))
        .doesNotContain("PRIVATE KEY");
    assertThat(out.toString().contains("address: 0x")).isEqualTo(key.keyType() == KeyType.SECP256K1);
  }

  @Test
  void generate_missingParentDirectories_createsThem() throws IOException {
    Path file = dir.resolve("factory/line-3/key.pem");
    assertThat(run("keys", "generate", "--type", "ed25519", "--out", file.toString())).isZero();
    assertThat(SigningKey.fromPkcs8Pem(Files.readString(file, StandardCharsets.US_ASCII)).keyType())
        .isEqualTo(KeyType.ED25519);
  }

  @Test
  void generate_parentIsAFile_exits1NamingTheProblem() throws IOException {
    Path blocker = dir.resolve("not-a-dir");
    Files.writeString(blocker, "x");
    assertThat(run("keys", "generate", "--type", "p256", "--out", blocker.resolve("key.pem").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("cannot write").contains("Exception");
  }

  @Test
  void generate_onPosixFileSystem_keyFileIsReadableByTheOwnerOnly() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("key.pem");
    assertThat(run("keys", "generate", "--type", "ed25519", "--out", file.toString())).isZero();
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    try (var siblings = Files.list(dir)) {
      assertThat(siblings).containsExactly(file);
    }
  }

  @Test
  void generate_existingFile_refusesAndExits1() throws IOException {
    Path file = dir.resolve("key.pem");
    Files.writeString(file, "keep me");
    assertThat(run("keys", "generate", "--type", "p256", "--out", file.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("already exists");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void generate_unknownType_exits2WithMessage() {
    assertThat(run("keys", "generate", "--type", "rsa", "--out", dir.resolve("k.pem").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown key type 'rsa'");
  }

  @Test
  void show_privateKeyFile_printsPublicInformationOnly() throws IOException {
    SigningKey key =
        SigningKey.fromRaw(
            KeyType.SECP256K1, Hex.decode("0000000000000000000000000000000000000000000000000000000000000001"));
    Path file = dir.resolve("one.pem");
    Files.writeString(file, key.exportPkcs8Pem(SecretAccess.EXPORT));
    assertThat(run("keys", "show", file.toString())).isZero();
    assertThat(out.toString())
        .contains("type: secp256k1")
        .contains("address: 0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf")
        .doesNotContain("PRIVATE KEY");
  }

  @Test
  void show_publicKeyFile_printsIt() throws IOException {
    PublicKey key = SigningKey.generate(KeyType.ED25519, new java.security.SecureRandom()).publicKey();
    Path file = dir.resolve("pub.pem");
    Files.writeString(file, key.toSpkiPem());
    assertThat(run("keys", "show", file.toString())).isZero();
    assertThat(out.toString()).contains("type: ed25519").contains(Hex.encode(key.toRaw()));
  }

  @Test
  void show_endlessDevice_exits1WithoutReadingItAll() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero));
    assertThat(run("keys", "show", zero.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("larger than 16 KiB");
  }

  @Test
  void show_fileOverTheLimit_exits1() throws IOException {
    Path file = dir.resolve("big.pem");
    Files.writeString(file, "x".repeat(16 * 1024 + 1));
    assertThat(run("keys", "show", file.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("larger than 16 KiB");
  }

  @Test
  void show_garbageFile_exits3() throws IOException {
    Path file = dir.resolve("bad.pem");
    Files.writeString(file, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertThat(run("keys", "show", file.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("is not a valid");
  }

  @Test
  void show_missingFile_exits1() {
    assertThat(run("keys", "show", dir.resolve("absent.pem").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("does not exist");
  }
}
