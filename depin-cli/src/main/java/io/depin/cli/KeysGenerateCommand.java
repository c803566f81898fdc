package io.depin.cli;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;
import io.depin.cli.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code depin keys generate --type ed25519|secp256k1|p256 --out key.pem}: writes a new private
 * key as PKCS#8 PEM (creating missing parent directories, never overwriting a file, readable by the owner only where the file system
 * supports POSIX permissions) and prints its public information.
 *
 * {@snippet lang=shell :
 * ./depin keys generate --type ed25519 --out device.pem
 * }
 *
 * <p>Exit codes: 0 written; 1 the file exists or cannot be written; 2 bad usage.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a private key and write it as PKCS#8 PEM.")
public final class KeysGenerateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--type",
      required = true,
      converter = KeyTypeConverter.class,
      description = "Key type: ed25519, secp256k1 or p256.")
  KeyType type = KeyType.ED25519;

  @Option(names = "--out", required = true, description = "File to create; never overwritten.")
  Path out = Path.of("key.pem");

  /** Generates the key, writes it and prints the public information. */
  @Override
  public Integer call() {
    SigningKey key = SigningKey.generate(type, new SecureRandom());
    String pem = key.exportPkcs8Pem(SecretAccess.EXPORT);
    try {
      write(pem);
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println("error: " + out + " already exists; refusing to overwrite it");
      return 1;
    } catch (IOException e) {
      spec.commandLine().getErr().println("error: cannot write " + out + ": " + e);
      return 1;
    }
    spec.commandLine().getOut().println("wrote " + out);
    KeyPrinter.print(key.publicKey(), spec.commandLine().getOut());
    return 0;
  }

  private void write(String pem) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      try {
        Files.createDirectories(parent);
      } catch (FileAlreadyExistsException e) {
        throw new NotDirectoryException(parent.toString());
      }
    }
    AtomicFiles.writeSecret(out, pem);
  }

  /** Parses ed25519, secp256k1 or p256 in any case. */
  static final class KeyTypeConverter implements CommandLine.ITypeConverter<KeyType> {
    @Override
    public KeyType convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "ed25519" -> KeyType.ED25519;
        case "secp256k1" -> KeyType.SECP256K1;
        case "p256", "p-256", "secp256r1" -> KeyType.P256;
        default ->
            throw new CommandLine.TypeConversionException(
                "unknown key type '" + value + "'; use ed25519, secp256k1 or p256");
      };
    }
  }
}
