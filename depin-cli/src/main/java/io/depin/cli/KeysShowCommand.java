package io.depin.cli;

import io.depin.core.DecodingException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code depin keys show key.pem}: prints the public information of a PKCS#8 private key or a
 * SubjectPublicKeyInfo public key in PEM. Never prints secret material.
 *
 * {@snippet lang=shell :
 * ./depin keys show device.pem
 * }
 *
 * <p>Exit codes: 0 shown; 1 the file cannot be read or is too large; 2 bad usage; 3 the file is not
 * a valid key.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show the public key (and Ethereum address for secp256k1) of a PEM key file.")
public final class KeysShowCommand implements Callable<Integer> {
  private static final long MAX_FILE_BYTES = 16 * 1024;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "A PEM file: PRIVATE KEY (PKCS#8) or PUBLIC KEY.")
  Path file = Path.of("key.pem");

  /** Reads the key and prints its public information. */
  @Override
  public Integer call() {
    String text;
    try {
      // Read at most one byte past the limit: a device or pipe reports size 0 and may never end.
      byte[] content;
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
      if (content.length > MAX_FILE_BYTES) {
        spec.commandLine().getErr().println("error: " + file + " is larger than 16 KiB; not a key file");
        return 1;
      }
      text = new String(content, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("error: " + file + " does not exist");
      return 1;
    } catch (IOException e) {
      spec.commandLine().getErr().println("error: cannot read " + file + ": " + e.getMessage());
      return 1;
    }
    PublicKey key;
    try {
      key =
          text.contains("-----BEGIN PUBLIC KEY-----")
              ? PublicKey.fromSpkiPem(text)
              : SigningKey.fromPkcs8Pem(text).publicKey();
    } catch (DecodingException e) {
      spec.commandLine().getErr().println(
          "error: " + file + " is not a valid PKCS#8 or public-key PEM file (" + e.getMessage() + ")");
      return 3;
    }
    KeyPrinter.print(key, spec.commandLine().getOut());
    return 0;
  }
}
